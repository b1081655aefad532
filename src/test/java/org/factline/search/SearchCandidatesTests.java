package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.claim.Claim;
import org.factline.timeline.ClaimCard;
import org.factline.timeline.ClaimFilter;
import org.factline.timeline.ClaimListings;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search ranks the most recently published matches, found first among the latest claims and in the
 * whole archive only when those hold too few: either way the candidates are exactly the latest matches.
 */
@IntegrationTest
class SearchCandidatesTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimListings listings;

    @Test
    void theCandidatesAreTheLatestMatchesWhereverTheyAre() {
        var fixtures = new PublicFixtures(context);
        var word = "durianmontong" + (int) (Math.random() * 100_000);
        var oldest = fixtures.published(TestData.unique("Oldest match"), "Kalimat " + word + " lama.", 0, 0);
        var older = fixtures.published(TestData.unique("Older match"), "Kalimat " + word + " agak lama.", 0, 0);
        var latest = fixtures.published(TestData.unique("Latest match"), "Kalimat " + word + " baru.", 0, 0);
        publishedOn(oldest, "2019-03-01");
        publishedOn(older, "2021-03-01");

        // the latest claims (this week's) hold one match: enough when one candidate is ranked
        assertThat(summaries(new Searches(jdbc, listings, 1, 3, 3), word)).containsExactly(latest.getSummary());
        // two are ranked: the archive is searched, and the older match joins, not the oldest
        assertThat(summaries(new Searches(jdbc, listings, 2, 3, 3), word))
                .containsExactlyInAnyOrder(latest.getSummary(), older.getSummary());
        assertThat(summaries(new Searches(jdbc, listings, 3, 3, 3), word))
                .containsExactlyInAnyOrder(latest.getSummary(), older.getSummary(), oldest.getSummary());
        // the same through the second window, when it reaches back to 2021 (the whole archive but one claim)
        int claims = jdbc.sql("select count(*) from search_document")
                .query(Integer.class)
                .single();
        assertThat(summaries(new Searches(jdbc, listings, 2, 3, claims - 1), word))
                .containsExactlyInAnyOrder(latest.getSummary(), older.getSummary());
        // the limits in use find all three
        assertThat(summaries(new Searches(jdbc, listings), word)).hasSize(3);
        // a page says when the ranked matches were as many as the limit (older ones may exist), not otherwise
        var filter = ClaimFilter.of(word, null, null, null, null, null, null);
        assertThat(new Searches(jdbc, listings, 2, 3, 3).search(filter).ranked())
                .isEqualTo(2);
        assertThat(new Searches(jdbc, listings, 4, 3, 3).search(filter).ranked())
                .isZero();
    }

    @Test
    void aPhraseFindsTheLatestClaimsThatHoldItNotThoseWithItsWordsElsewhere() {
        var fixtures = new PublicFixtures(context);
        var first = "rambutan" + (int) (Math.random() * 100_000);
        var second = "gulali" + (int) (Math.random() * 100_000);
        var oldest =
                fixtures.published(TestData.unique("Oldest phrase"), "Kata " + first + " " + second + " dulu.", 0, 0);
        var older =
                fixtures.published(TestData.unique("Older phrase"), "Kata " + first + " " + second + " kemarin.", 0, 0);
        var latest = fixtures.published(
                TestData.unique("Words apart"), "Kata " + second + " dan " + first + " hari ini.", 0, 0);
        publishedOn(oldest, "2019-03-01");
        publishedOn(older, "2021-03-01");
        var phrase = "\"" + first + " " + second + "\"";

        // the latest claim has both words, not the phrase: the latest claim holding the phrase is ranked
        assertThat(summaries(new Searches(jdbc, listings, 1, 3, 3), phrase)).containsExactly(older.getSummary());
        assertThat(summaries(new Searches(jdbc, listings), phrase))
                .containsExactlyInAnyOrder(older.getSummary(), oldest.getSummary());
        // without quotes, the words anywhere
        assertThat(summaries(new Searches(jdbc, listings), first + " " + second))
                .hasSize(3);
    }

    private void publishedOn(Claim claim, String date) {
        jdbc.sql("update search_document set published_at = cast(? as date) where claim_id = ?")
                .params(date, claim.getId())
                .update();
    }

    private static List<String> summaries(Searches searches, String word) {
        return searches.search(ClaimFilter.of(word, null, null, null, null, null, null)).cards().stream()
                .map(ClaimCard::summary)
                .toList();
    }
}

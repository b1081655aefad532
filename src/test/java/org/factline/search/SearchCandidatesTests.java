package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.claim.Claim;
import org.factline.filter.ClaimFilter;
import org.factline.timeline.ClaimCard;
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

    @Autowired
    Searches searches;

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
        assertThat(summaries(new Searches(jdbc, 1, 3, 3), word)).containsExactly(latest.getSummary());
        // two are ranked: the archive is searched, and the older match joins, not the oldest
        assertThat(summaries(new Searches(jdbc, 2, 3, 3), word))
                .containsExactlyInAnyOrder(latest.getSummary(), older.getSummary());
        assertThat(summaries(new Searches(jdbc, 3, 3, 3), word))
                .containsExactlyInAnyOrder(latest.getSummary(), older.getSummary(), oldest.getSummary());
        // the same through the second window, when it reaches back to 2021 (the whole archive but one claim)
        int claims = jdbc.sql("select count(*) from search_document")
                .query(Integer.class)
                .single();
        assertThat(summaries(new Searches(jdbc, 2, 3, claims - 1), word))
                .containsExactlyInAnyOrder(latest.getSummary(), older.getSummary());
        // the limits in use find all three
        assertThat(summaries(new Searches(jdbc), word)).hasSize(3);
        // a page says when the ranked matches were as many as the limit (older ones may exist), not otherwise
        var filter = query(word);
        assertThat(new Searches(jdbc, 2, 3, 3).search(filter).ranked()).isEqualTo(2);
        assertThat(new Searches(jdbc, 4, 3, 3).search(filter).ranked()).isZero();
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
        assertThat(summaries(new Searches(jdbc, 1, 3, 3), phrase)).containsExactly(older.getSummary());
        assertThat(summaries(new Searches(jdbc), phrase))
                .containsExactlyInAnyOrder(older.getSummary(), oldest.getSummary());
        // without quotes, the words anywhere
        assertThat(summaries(new Searches(jdbc), first + " " + second)).hasSize(3);
    }

    @Test
    void thePairsIndexNeverLosesAPhraseMatch() {
        var fixtures = new PublicFixtures(context);
        var word = "salak" + (int) (Math.random() * 100_000);
        fixtures.published(
                TestData.unique("Pairs"),
                "Duta besar " + word + "-pondoh tidak pernah bilang, it's " + word + " O'Brien's.",
                0,
                0);
        var texts = jdbc.sql("select text from claim c join search_document d on d.claim_id = c.id order by c.id")
                .query(String.class)
                .list();
        var queries = new ArrayList<String>();
        queries.add(word + "-pondoh");
        queries.add("\"it's " + word + "\"");
        queries.add("\"tidak pernah bilang\" O'Brien's");
        queries.add("\"korea utara\" or \"" + word + " pondoh\"");
        // every pair and triple of neighbouring words in the claims' own text, quoted
        for (var text : texts) {
            var words = Arrays.stream(text.split("\\s+"))
                    .map(w -> w.replace("\"", ""))
                    .filter(w -> w.chars().anyMatch(Character::isLetter))
                    .toArray(String[]::new);
            for (int i = 0; i + 2 < words.length && i < 12; i += 3) {
                queries.add("\"" + words[i] + " " + words[i + 1] + "\"");
                queries.add("\"" + words[i] + " " + words[i + 1] + " " + words[i + 2] + "\"");
            }
        }
        int checked = 0;
        int narrowed = 0;
        for (var query : queries) {
            var tsquery = searches.matchQuery(query);
            var pairs = PhrasePairs.of(tsquery);
            if (pairs == null) {
                // a stop word in one language leaves a word alone, which asks nothing of the pairs
                continue;
            }
            checked++;
            var counts = jdbc.sql("""
                            select count(*) filter (where document @@ cast(:q as tsquery)),
                                   count(*) filter (where document @@ cast(:q as tsquery)
                                                      and f_search_pairs(document) @@ cast(:pairs as tsquery)),
                                   count(*) filter (where document @@ loose.q
                                                      and f_search_pairs(document) @@ cast(:pairs as tsquery)),
                                   count(*) filter (where document @@ loose.q)
                            from search_document
                            cross join (select regexp_replace(:q, '<(\\d+|-)>', '&', 'g')::tsquery as q) as loose""")
                    .param("q", tsquery)
                    .param("pairs", pairs)
                    .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)})
                    .single();
            // every document that matches the phrase holds its pairs
            assertThat(counts[1]).as(query).isEqualTo(counts[0]).isPositive();
            if (counts[2] < counts[3]) {
                narrowed++;
            }
        }
        assertThat(checked).isGreaterThan(queries.size() / 2);
        // and the pairs leave out documents that hold the words apart
        assertThat(narrowed).isPositive();
    }

    @Test
    void termByTermTheQueryFindsEveryDocumentTheWholeQueryFound() {
        var queries = List.of(
                "Korea Utara",
                "Matsegora mengatakan",
                "Rusia Donetsk",
                "Pushilin or Putin",
                "\"Korea Utara\" Donetsk",
                "the letter",
                "yang",
                "membangun kembali",
                "north korea sends workers",
                "Kim Jong Un");
        int found = 0;
        for (var query : queries) {
            var counts = jdbc.sql("""
                            select count(*) filter (where document @@ whole), count(*) filter (where document @@ q),
                                   count(*) filter (where document @@ whole and not document @@ q)
                            from search_document
                            cross join (
                                select websearch_to_tsquery('simple', w) || websearch_to_tsquery('english', w)
                                       || websearch_to_tsquery('indonesian', w) as whole, cast(:q as tsquery) as q
                                from (select f_unaccent(:query) as w) as words
                            ) as queries""")
                    .param("query", query)
                    .param("q", searches.matchQuery(query))
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .single();
            if (counts[0] > 0) {
                found++;
            }
            assertThat(counts[2])
                    .as(query + ": found by the whole query, not term by term")
                    .isZero();
            // words too common in one language ask nothing ("the", "of"), so term by term may find more
            assertThat(counts[1]).as(query).isGreaterThanOrEqualTo(counts[0]);
        }
        assertThat(found).isGreaterThan(queries.size() / 2);
    }

    @Test
    void eachTermReadsAWordOnceWhereTheLanguagesReadItAlike() {
        // English, Indonesian and the word itself read 'utang' and 'luar' alike: each once, as the full-text
        // index would otherwise read the same posting list once per copy
        assertThat(searches.matchQuery("utang luar negeri")).isEqualTo("'utang' & 'luar' & ( 'negeri' | 'neger' )");
        assertThat(searches.matchQuery("Matsegora")).isEqualTo("'matsegora'");
        assertThat(searches.matchQuery("elections")).isEqualTo("'elections' | 'elect'");
        assertThat(searches.matchQuery("\"harga beras\"")).isEqualTo("'harga' <-> 'beras' | 'harga' <-> 'bera'");
    }

    @Test
    void aQueryOfLettersDigitsAndSpacesHoldsNoPhrase() {
        // Searches answers such queries from the index alone (no phrase to check in the documents)
        for (var query : List.of(
                "Korea Utara", "Путин Мацегора", "김정은 푸틴", "covid19 2022", "Pushilin or Putin", "the of", "ÉLECTION")) {
            assertThat(Searches.WORDS_ONLY.matcher(query).matches()).as(query).isTrue();
            assertThat(searches.matchQuery(query)).as(query).doesNotContain("<");
        }
    }

    @Test
    void thePhrasesOfOddQueriesAreReadAndTheirSearchesAnswer() {
        var queries = List.of(
                "\"a-b-c\" 'x' \\ \"",
                "don't won't",
                "e-mail@kantor.go.id",
                "C++ \"a:b\" (x|y) !z <-> 1.5.6",
                "https://example.org/a?b=c",
                "-\"-\" or \"\"",
                "Kim Jong-un's \"north-korea\"",
                "'':*& \\\\ \"\"\"");
        for (var query : queries) {
            var tsquery = searches.matchQuery(query);
            // PostgreSQL's way of writing the query is read without error
            PhrasePairs.of(tsquery);
            // and the search answers
            assertThat(searches.search(query(query)).hits()).as(query).isNotNull();
        }
    }

    private void publishedOn(Claim claim, String date) {
        jdbc.sql("update search_document set published_at = cast(? as date) where claim_id = ?")
                .params(date, claim.getId())
                .update();
    }

    private List<String> summaries(Searches searches, String word) {
        var ids = searches.search(query(word)).hits().stream()
                .map(Searches.Hit::claimId)
                .toList();
        return listings.cards(ids).stream().map(ClaimCard::summary).toList();
    }

    private static ClaimFilter query(String q) {
        return ClaimFilter.read(
                ClaimFilter.Parameters.search(q, null, null, null, null, null, null),
                ClaimFilter.Audience.READERS,
                java.util.Set.of(),
                null);
    }
}

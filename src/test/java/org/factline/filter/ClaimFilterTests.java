package org.factline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.factline.filter.ClaimFilter.Audience;
import org.factline.filter.ClaimFilter.Parameters;
import org.factline.filter.ClaimFilter.Problem;
import org.junit.jupiter.api.Test;

class ClaimFilterTests {

    private static final Set<String> RATINGS = Set.of("misleading", "half-true");

    @Test
    void readsTheSharedParameters() {
        var filter = readers(
                " sanksi PBB ", "alexander-matsegora", "north-korea", "misleading", "2022-07-01", "2022-08-31", "2");
        assertThat(filter.q()).isEqualTo("sanksi PBB");
        assertThat(filter.speaker()).isEqualTo("alexander-matsegora");
        assertThat(filter.from()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(filter.page()).isEqualTo(2);
        assertThat(filter.invalid()).isFalse();
        assertThat(filter.toQueryString(3))
                .isEqualTo("?q=sanksi%20PBB&speaker=alexander-matsegora&topic=north-korea&rating=misleading"
                        + "&from=2022-07-01&to=2022-08-31&page=3");
    }

    @Test
    void dropsWhatItCannotUnderstandAndSaysSo() {
        var filter = readers("\u0000\uE000", "<script>", "a b", "x'; drop", "yesterday", "2022-02-30", "-1");
        assertThat(filter.q()).isNull();
        assertThat(filter.speaker()).isNull();
        assertThat(filter.topic()).isNull();
        assertThat(filter.rating()).isNull();
        assertThat(filter.from()).isNull();
        assertThat(filter.to()).isNull();
        assertThat(filter.page()).isZero();
        assertThat(filter.invalid()).isTrue();
        assertThat(filter.narrowed()).isFalse();
        assertThat(filter.problems())
                .extracting(Problem::parameter)
                .containsExactly("speaker", "topic", "rating", "from", "to", "page");
    }

    @Test
    void cutsVeryLongQueriesAndSaysSo() {
        var filter = readers("a".repeat(5000), null, null, null, null, null, null);
        assertThat(filter.q()).hasSize(ClaimFilter.MAX_QUERY_LENGTH);
        assertThat(filter.problems()).extracting(Problem::messageKey).containsExactly("filter.problem.tooLong");
    }

    @Test
    void slugsAndCodesAreReadWithoutRegardToCase() {
        var filter = readers(null, "Alexander-Matsegora", null, "Misleading", null, null, null);
        assertThat(filter.speaker()).isEqualTo("alexander-matsegora");
        assertThat(filter.rating()).isEqualTo("misleading");
        assertThat(filter.invalid()).isFalse();
    }

    @Test
    void anUnknownRatingAReversedRangeAndADateBeyondTheCalendarAreProblems() {
        assertThat(readers(null, null, null, "pants-on-fire", null, null, null).problems())
                .containsExactly(new Problem("rating", "pants-on-fire", "filter.problem.rating"));
        var reversed = readers(null, null, null, null, "2022-08-31", "2022-07-01", null);
        assertThat(reversed.problems()).containsExactly(new Problem("to", "2022-07-01", "filter.problem.range"));
        assertThat(reversed.from()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(reversed.to()).isNull();
        assertThat(readers(null, null, null, null, "+10000-01-01", null, null).problems())
                .extracting(Problem::messageKey)
                .containsExactly("filter.problem.date");
    }

    @Test
    void theDeskAlsoReadsStatusMineAndSort() {
        var filter = ClaimFilter.read(
                new Parameters(null, null, null, null, null, null, null, "in-review", "true", "speaker", "asc"),
                Audience.DESK,
                RATINGS,
                7L);
        assertThat(filter.status()).isEqualTo("IN_REVIEW");
        assertThat(filter.author()).isEqualTo(7L);
        assertThat(filter.sort()).isEqualTo("speaker");
        assertThat(filter.ascending()).isTrue();
        assertThat(ClaimConditions.order(filter)).isEqualTo("s.name asc, c.id desc");

        var bad = ClaimFilter.read(
                new Parameters(null, null, null, null, null, null, null, "secret", "maybe", "rank", "up"),
                Audience.DESK,
                RATINGS,
                7L);
        assertThat(bad.problems()).extracting(Problem::parameter).containsExactly("status", "mine", "sort", "dir");
        assertThat(bad.author()).isNull();
        assertThat(bad.sort()).isEqualTo("updated");
    }

    @Test
    void readersAskForPublishedClaimsOnly() {
        var draft = ClaimFilter.read(
                new Parameters(null, null, null, null, null, null, null, "draft", null, null, null),
                Audience.READERS,
                RATINGS,
                null);
        assertThat(draft.problems()).extracting(Problem::messageKey).containsExactly("filter.problem.statusPublic");
        var published = ClaimFilter.read(
                new Parameters(null, null, null, null, null, null, null, "published", "true", null, null),
                Audience.READERS,
                RATINGS,
                7L);
        assertThat(published.invalid()).isFalse();
        assertThat(published.status()).isNull();
        assertThat(published.author()).isNull();
    }

    @Test
    void theConditionsReadTheQueryAsSearchDoes() {
        var filter = readers("harga beras", "alexander-matsegora", null, "misleading", null, null, null);
        var published = ClaimConditions.of(filter, ClaimConditions.Tables.PUBLISHED);
        assertThat(published.sql())
                .contains("search_document fd where fd.document @@ (select " + SearchTerms.MATCH)
                .contains("f_search_term(:term0, false)")
                .doesNotContain("search_document_of")
                .contains("and s.slug = :speaker", "fr.code = :rating");
        assertThat(published.parameters()).containsEntry("q", "harga beras").containsEntry("term1", "beras");
        // drafts have no indexed document: the desk computes it as the index would hold it
        assertThat(ClaimConditions.of(filter, ClaimConditions.Tables.ANY_STATUS).sql())
                .contains("c.status <> 'PUBLISHED' and search_document_of(c.id) @@ (select " + SearchTerms.MATCH);
        // search matches the query itself, and its statement joins the published verdict's rating
        var search = ClaimConditions.withoutQuery(filter, ClaimConditions.Tables.PUBLISHED_WITH_RATING);
        assertThat(search.sql()).isEqualTo(" and s.slug = :speaker and r.code = :rating");
        assertThat(search.parameters()).doesNotContainKey("q");
    }

    @Test
    void theStatusesAreTheClaimModules() {
        assertThat(ClaimFilter.STATUSES)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(org.factline.claim.ClaimStatus.values())
                        .map(Enum::name)
                        .toList());
    }

    private static ClaimFilter readers(
            String q, String speaker, String topic, String rating, String from, String to, String page) {
        return ClaimFilter.read(
                Parameters.search(q, speaker, topic, rating, from, to, page), Audience.READERS, RATINGS, null);
    }
}

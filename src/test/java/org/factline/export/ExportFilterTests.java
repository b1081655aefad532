package org.factline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.factline.filter.ClaimFilter;
import org.junit.jupiter.api.Test;

/** An export reads its filter as every list of claims does, and refuses the first value it cannot understand. */
class ExportFilterTests {

    private static final Set<String> RATINGS = Set.of("misleading", "half-true");

    @Test
    void blankParametersMeanNoFilter() {
        assertThat(parse("", " ", null, "", "", null, "", true)).isEqualTo(ClaimFilter.none());
    }

    @Test
    void parsesEveryParameter() {
        var filter = parse(
                "Donbas",
                "Alexander-Matsegora",
                "north-korea",
                "Misleading",
                "2022-07-01",
                "2022-08-31",
                "in-review",
                true);
        assertThat(filter.q()).isEqualTo("Donbas");
        assertThat(filter.speaker()).isEqualTo("alexander-matsegora");
        assertThat(filter.topic()).isEqualTo("north-korea");
        assertThat(filter.rating()).isEqualTo("misleading");
        assertThat(filter.from()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2022, 8, 31));
        assertThat(filter.status()).isEqualTo("IN_REVIEW");
    }

    @Test
    void refusesABadDateAnUnknownStatusAnUnknownRatingAndAReversedRange() {
        assertThatThrownBy(() -> parse(null, null, null, null, "17/08/2022", null, null, true))
                .isInstanceOfSatisfying(InvalidFilterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("from");
                    assertThat(e.messageKey()).isEqualTo("filter.problem.date");
                });
        assertThatThrownBy(() -> parse(null, null, null, null, null, null, "secret", true))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("filter.problem.status"));
        assertThatThrownBy(() -> parse(null, null, null, "pants-on-fire", null, null, null, true))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("filter.problem.rating"));
        assertThatThrownBy(() -> parse(null, null, null, null, "2022-08-31", "2022-07-01", null, true))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("to"));
    }

    @Test
    void thePublicExportCannotAskForDrafts() {
        assertThatThrownBy(() -> parse(null, null, null, null, null, null, "draft", false))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("filter.problem.statusPublic"));
        assertThat(parse(null, null, null, null, null, null, "published", false))
                .isEqualTo(ClaimFilter.none());
    }

    private static ClaimFilter parse(
            String q,
            String speaker,
            String topic,
            String rating,
            String from,
            String to,
            String status,
            boolean desk) {
        return ExportController.filter(
                new ClaimFilter.Parameters(q, speaker, topic, rating, from, to, null, status, null, null, null),
                desk,
                RATINGS);
    }
}

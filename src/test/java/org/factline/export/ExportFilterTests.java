package org.factline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExportFilterTests {

    private static final Set<String> RATINGS = Set.of("misleading", "half-true");

    @Test
    void blankParametersMeanNoFilter() {
        assertThat(ExportFilter.parse("", " ", null, "", "", null, "", true, RATINGS))
                .isEqualTo(ExportFilter.none());
    }

    @Test
    void parsesEveryParameter() {
        var filter = ExportFilter.parse(
                "Donbas",
                "Alexander-Matsegora",
                "north-korea",
                "Misleading",
                "2022-07-01",
                "2022-08-31",
                "in-review",
                true,
                RATINGS);
        assertThat(filter)
                .isEqualTo(new ExportFilter(
                        "Donbas",
                        "alexander-matsegora",
                        "north-korea",
                        "misleading",
                        LocalDate.of(2022, 7, 1),
                        LocalDate.of(2022, 8, 31),
                        "IN_REVIEW"));
    }

    @Test
    void refusesABadDateAnUnknownStatusAnUnknownRatingAndAReversedRange() {
        assertThatThrownBy(() -> ExportFilter.parse(null, null, null, null, "17/08/2022", null, null, true, RATINGS))
                .isInstanceOfSatisfying(InvalidFilterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("from");
                    assertThat(e.messageKey()).isEqualTo("export.filter.date");
                });
        assertThatThrownBy(() -> ExportFilter.parse(null, null, null, null, null, null, "secret", true, RATINGS))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.filter.status"));
        assertThatThrownBy(() -> ExportFilter.parse(null, null, null, "pants-on-fire", null, null, null, true, RATINGS))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.filter.rating"));
        assertThatThrownBy(() ->
                        ExportFilter.parse(null, null, null, null, "2022-08-31", "2022-07-01", null, true, RATINGS))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("to"));
    }

    @Test
    void thePublicExportCannotAskForDrafts() {
        assertThatThrownBy(() -> ExportFilter.parse(null, null, null, null, null, null, "draft", false, RATINGS))
                .isInstanceOfSatisfying(
                        InvalidFilterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("export.filter.statusPublic"));
        assertThat(ExportFilter.parse(null, null, null, null, null, null, "published", false, RATINGS))
                .isEqualTo(ExportFilter.none());
    }
}

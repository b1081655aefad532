package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SaidDateTests {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void showsTheDateAtItsPrecisionInBothLanguages() {
        var day = SaidDate.of(LocalDate.of(2022, 8, 15), DatePrecision.DAY);
        assertThat(day.format(Locale.ENGLISH)).isEqualTo("15 August 2022");
        assertThat(day.format(INDONESIAN)).isEqualTo("15 Agustus 2022");
        assertThat(day.iso()).isEqualTo("2022-08-15");

        var month = SaidDate.of(LocalDate.of(2022, 7, 18), DatePrecision.MONTH);
        assertThat(month.getDate()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(month.format(Locale.ENGLISH)).isEqualTo("July 2022");
        assertThat(month.format(INDONESIAN)).isEqualTo("Juli 2022");
        assertThat(month.iso()).isEqualTo("2022-07");

        assertThat(SaidDate.of(LocalDate.of(2022, 7, 18), DatePrecision.YEAR).iso())
                .isEqualTo("2022");
    }

    @Test
    void anUnknownDateHasNoDate() {
        var unknown = SaidDate.of(LocalDate.of(2022, 7, 18), DatePrecision.UNKNOWN);
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.getDate()).isNull();
        assertThat(unknown.format(Locale.ENGLISH)).isEmpty();
    }
}

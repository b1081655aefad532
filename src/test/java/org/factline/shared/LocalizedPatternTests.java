package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedPatternTests {

    private static final LocalDate KIM_LETTER = LocalDate.of(2022, 8, 15);

    @Test
    void formatsInEachLanguageWithOneFormatterPerLanguage() {
        var pattern = new LocalizedPattern("d MMMM yyyy");
        var indonesian = Locale.forLanguageTag("id");

        assertThat(pattern.in(indonesian).format(KIM_LETTER)).isEqualTo("15 Agustus 2022");
        assertThat(pattern.in(Locale.ENGLISH).format(KIM_LETTER)).isEqualTo("15 August 2022");
        assertThat(pattern.in(indonesian)).isSameAs(pattern.in(indonesian));
    }

    @Test
    void manyLocalesStillFormatEachInItsOwnLanguage() {
        var pattern = new LocalizedPattern("MMMM yyyy");
        for (var tag : new String[] {"de", "fr", "es", "it", "nl", "pt", "sv", "da", "fi", "pl"}) {
            pattern.in(Locale.forLanguageTag(tag));
        }
        assertThat(pattern.in(Locale.forLanguageTag("id")).format(KIM_LETTER)).isEqualTo("Agustus 2022");
        assertThat(pattern.in(Locale.GERMAN).format(KIM_LETTER)).isEqualTo("August 2022");
        assertThat(pattern.in(Locale.FRENCH).format(KIM_LETTER)).isEqualTo("août 2022");
    }

    @Test
    void aMistypedPatternFailsWhenDeclared() {
        assertThatThrownBy(() -> new LocalizedPattern("d MMMM yyyy {")).isInstanceOf(IllegalArgumentException.class);
    }
}

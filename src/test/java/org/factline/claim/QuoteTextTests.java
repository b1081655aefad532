package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A quote is looked for in an article's text as an editor means it, not byte for byte. */
class QuoteTextTests {

    private static final String BODY =
            "Menteri Perdagangan mengatakan, \u201cHarga beras medium naik 3 persen \u2014 bukan 5 persen,\u201d"
                    + " kata dia di Jakarta,\nSenin  (4/3).\u00a0Kenaikan itu \u00absementara saja\u00bb.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                // straight quotes for curly ones, and for guillemets
                "\"Harga beras medium naik 3 persen",
                "'sementara saja'",
                "\"sementara saja\"",
                // a hyphen, an en dash or a minus sign for the em dash
                "naik 3 persen - bukan 5 persen",
                "naik 3 persen \u2013 bukan 5 persen",
                "naik 3 persen \u2212 bukan 5 persen",
                // white space: a line break, a run of spaces, a non-breaking space, spaces at the ends
                "kata dia di Jakarta, Senin (4/3). Kenaikan",
                "  kata dia   di\tJakarta  ",
                // compatibility forms (NFKC): full-width digits and letters
                "naik \uff13 persen",
                "\uff28arga beras"
            })
    void findsTheWordsWhateverMarksDashesAndSpacesTheyWereTypedWith(String quote) {
        assertThat(QuoteText.holds(BODY, quote)).isTrue();
    }

    @Test
    void composedAndDecomposedLettersAreTheSame() {
        assertThat(QuoteText.holds("Kata Jos\u00e9 Ram\u00f3n kemarin.", "Jose\u0301 Ramo\u0301n"))
                .isTrue();
        assertThat(QuoteText.holds("Kata Jose\u0301 kemarin.", "Jos\u00e9")).isTrue();
        assertThat(QuoteText.holds("\ufb01nansial", "finansial")).isTrue();
    }

    @Test
    void otherWordsAreNotFound() {
        assertThat(QuoteText.holds(BODY, "Harga beras premium naik 3 persen")).isFalse();
        assertThat(QuoteText.holds(BODY, "harga beras medium")).isFalse();
        assertThat(QuoteText.holds(BODY, "   ")).isFalse();
        assertThat(QuoteText.holds(null, "Harga")).isFalse();
    }

    @Test
    void aQuoteTypedWithOtherMarksIsAnchoredInTheArticlesOwnText() {
        var selector = TextQuoteSelector.locate(BODY, "\"Harga beras medium naik 3 persen - bukan 5 persen,\"")
                .orElseThrow();
        assertThat(selector.exact()).isEqualTo("\"Harga beras medium naik 3 persen - bukan 5 persen,\"");
        assertThat(selector.prefix()).isEqualTo("Menteri Perdagangan mengatakan, ");
        assertThat(selector.suffix()).startsWith(" kata dia di Jakarta,");
        assertThat(selector.foundIn(BODY)).isTrue();
    }

    @Test
    void theTextAroundTheQuoteMustStillBeThere() {
        var selector = TextQuoteSelector.locate(BODY, "bukan 5 persen").orElseThrow();
        assertThat(selector.foundIn(BODY)).isTrue();
        assertThat(selector.foundIn(BODY.replace("naik 3 persen", "naik 4 persen")))
                .isFalse();
        assertThat(selector.foundIn(BODY.replace("bukan 5 persen", "bukan 6 persen")))
                .isFalse();
        assertThat(new TextQuoteSelector(null, "bukan 5 persen", null).foundIn(BODY))
                .isTrue();
    }
}

package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.claim.DatePrecision;
import org.junit.jupiter.api.Test;

/**
 * A quote is shown as said, with its translation into the reader's language only when the quote is in the
 * other language: the Indonesian reader of an Indonesian quote is offered no English translation.
 */
class QuoteTranslationTests {

    @Test
    void anIndonesianQuoteIsTranslatedForTheEnglishReaderOnly() {
        var quote = said("id", "Kami tidak akan menyerah.", "en", "We will never give up.");
        assertThat(quote.translatedFor("en")).isTrue();
        assertThat(quote.translatedFor("id")).isFalse();
    }

    @Test
    void anEnglishQuoteIsTranslatedForTheIndonesianReaderOnly() {
        var quote = said("en", "We will never give up.", "id", "Kami tidak akan menyerah.");
        assertThat(quote.translatedFor("id")).isTrue();
        assertThat(quote.translatedFor("en")).isFalse();
    }

    @Test
    void aQuoteInAThirdLanguageShowsTheTranslationThereIsToBothReaders() {
        var quote = said("ru", "Мы никогда не сдадимся.", "en", "We will never give up.");
        assertThat(quote.translatedFor("en")).isTrue();
        assertThat(quote.translatedFor("id")).isTrue();
    }

    @Test
    void aQuoteWithoutTranslationOffersNone() {
        var untranslated = said("id", "Kami tidak akan menyerah.", null, null);
        assertThat(untranslated.translatedFor("en")).isFalse();
        assertThat(untranslated.translatedFor("id")).isFalse();
    }

    private static ClaimPage.ClaimView said(
            String language, String text, String translationLanguage, String translation) {
        return new ClaimPage.ClaimView(
                1,
                "slug",
                text,
                language,
                translation,
                translationLanguage,
                "Headline",
                null,
                null,
                DatePrecision.UNKNOWN,
                null);
    }
}

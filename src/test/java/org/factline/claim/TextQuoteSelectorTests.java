package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQuoteSelectorTests {

    private static final String BODY =
            "Bulan lalu, duta besar Rusia di Pyongyang, Alexander Matsegora, mengatakan tenaga "
                    + "kerja Korea Utara dapat dikirim untuk membantu membangun kembali infrastruktur yang hancur.";

    @Test
    void anchorsAQuoteWithTextBeforeAndAfter() {
        var selector = TextQuoteSelector.locate(BODY, "tenaga kerja Korea Utara dapat dikirim")
                .orElseThrow();
        assertThat(selector.exact()).isEqualTo("tenaga kerja Korea Utara dapat dikirim");
        assertThat(selector.prefix())
                .endsWith("Alexander Matsegora, mengatakan ")
                .hasSizeLessThanOrEqualTo(40);
        assertThat(selector.suffix()).startsWith(" untuk membantu").hasSizeLessThanOrEqualTo(40);
        assertThat(BODY).contains(selector.prefix() + selector.exact() + selector.suffix());
    }

    @Test
    void findsNothingWhenTheBodyDoesNotHoldTheQuote() {
        assertThat(TextQuoteSelector.locate(BODY, "Kim Jong Un")).isEmpty();
        assertThat(TextQuoteSelector.locate(null, "Kim Jong Un")).isEmpty();
    }

    @Test
    void takesWhatThereIsAtTheEdgesOfTheText() {
        var selector =
                TextQuoteSelector.locate("Bulan lalu, duta besar", "Bulan lalu").orElseThrow();
        assertThat(selector.prefix()).isEmpty();
        assertThat(selector.suffix()).isEqualTo(", duta besar");
    }
}

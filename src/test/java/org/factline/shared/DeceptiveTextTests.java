package org.factline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import org.factline.shared.DeceptiveText.Finding;
import org.factline.shared.DeceptiveText.Kind;
import org.junit.jupiter.api.Test;

class DeceptiveTextTests {

    @Test
    void directionControlsAndLineSeparatorsAreFoundEachOnce() {
        assertThat(DeceptiveText.inText("invoice\u202Efdp.exe and \u202E again\u2028next"))
                .containsExactly(new Finding(Kind.DIRECTION, "U+202E"), new Finding(Kind.LINE_SEPARATOR, "U+2028"));
        assertThat(DeceptiveText.inText("\u2066isolated\u2069 \u202Aembedded\u202C\u2029"))
                .extracting(Finding::detail)
                .containsExactly("U+2066", "U+2069", "U+202A", "U+202C", "U+2029");
        assertThat(DeceptiveText.inText("Latin, Кириллица, 日本語, العربية\nand a line break"))
                .isEmpty();
        assertThat(DeceptiveText.inText(null)).isEmpty();
    }

    @Test
    void aHostMixingScriptsOrImitatingLatinLooksLikeAnother() {
        // Cyrillic "ра" before Latin "ypal": mixed scripts
        assertThat(DeceptiveText.lookAlikeHost("https://" + IDN.toASCII("раypal.com") + "/login"))
                .contains("раypal.com");
        // all Cyrillic, yet it reads "apple"
        assertThat(DeceptiveText.lookAlikeHost("https://xn--80ak6aa92e.com/")).contains("аррӏе.com");
        assertThat(DeceptiveText.inUrl("https://xn--80ak6aa92e.com/\u202E"))
                .containsExactly(new Finding(Kind.DIRECTION, "U+202E"), new Finding(Kind.LOOK_ALIKE_HOST, "аррӏе.com"));
    }

    @Test
    void plainAndHonestlyForeignHostsPass() {
        for (var url : new String[] {
            "https://www.kemlu.go.id/files/siaran-pers",
            "https://" + IDN.toASCII("bücher.de") + "/",
            "https://" + IDN.toASCII("пример.рф") + "/",
            "https://" + IDN.toASCII("日本語.jp"),
            "http://user@example.org:8080/path?q=1",
            "not an address",
            "",
            null
        }) {
            assertThat(DeceptiveText.lookAlikeHost(url)).as(url).isEmpty();
        }
    }
}

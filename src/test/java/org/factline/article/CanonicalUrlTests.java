package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTests {

    private static final String KEY = "https://wow.tribunnews.com/2022/08/17/korut-donetsk";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk",
                "http://wow.tribunnews.com/2022/08/17/korut-donetsk",
                "https://www.wow.tribunnews.com/2022/08/17/korut-donetsk",
                "HTTPS://WOW.TribunNews.com/2022/08/17/korut-donetsk/",
                "https://wow.tribunnews.com:443/2022/08/17/korut-donetsk#comments",
                "http://wow.tribunnews.com:80/2022/08/17/korut-donetsk",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?utm_source=twitter&utm_medium=social",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?UTM_Campaign=x",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?fbclid=abc123",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?page=all&fbclid=IwAR0abc",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?page=2",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?gclid=1&mc_cid=2&mc_eid=3&igshid=4&_ga=5&ref_src=6",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?msclkid=1&dclid=2&twclid=3&_gl=4&mkt_tok=5",
                "  https://wow.tribunnews.com/2022/08/17/korut-donetsk  "
            })
    void everyVariantOfAnAddressHasOneKey(String url) {
        assertThat(CanonicalUrl.of(url)).isEqualTo(KEY);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.org/a?utm_source=x&id=7&fbclid=y  | https://example.org/a?id=7",
                "HTTP://Example.ORG:80/News/Item/#top              | http://example.org/News/Item/",
                "https://www.example.org/a?page=all&gclid=1        | https://www.example.org/a?page=all",
                "https://example.org:8443/a?mc_cid=1&mc_eid=2      | https://example.org:8443/a",
                "https://example.org/a?b=2&a=1&_ga=3               | https://example.org/a?b=2&a=1"
            })
    void theCleanAddressLosesTrackingButKeepsWhatTheReaderNeeds(String url, String clean) {
        assertThat(CanonicalUrl.clean(url)).isEqualTo(clean);
        assertThat(CanonicalUrl.of(clean)).isEqualTo(CanonicalUrl.of(url));
    }

    @Test
    void keepsMeaningfulParametersInAStableOrder() {
        assertThat(CanonicalUrl.of("https://example.org/read?page=2&id=7&utm_campaign=x&cat=news"))
                .isEqualTo("https://example.org/read?cat=news&id=7");
        assertThat(CanonicalUrl.of("https://example.org/read?id=8"))
                .isNotEqualTo(CanonicalUrl.of("https://example.org/read?id=7"));
    }

    @Test
    void keepsPathCaseAndNonDefaultPorts() {
        assertThat(CanonicalUrl.of("http://Example.org:8080/News/Item/"))
                .isEqualTo("https://example.org:8080/News/Item");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "not a url", "ftp://example.org/file", "mailto:x@example.org", "https://", "/relative/path"})
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of(url));
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.clean(url));
        assertThat(CanonicalUrl.isValid(url)).isFalse();
    }
}

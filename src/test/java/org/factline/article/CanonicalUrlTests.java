package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTests {

    private static final String CANONICAL = "https://wow.tribunnews.com/2022/08/17/korut-donetsk";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk",
                "HTTPS://WOW.TribunNews.com/2022/08/17/korut-donetsk/",
                "https://wow.tribunnews.com:443/2022/08/17/korut-donetsk#comments",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?utm_source=twitter&utm_medium=social",
                "https://wow.tribunnews.com/2022/08/17/korut-donetsk?fbclid=abc123",
                "  https://wow.tribunnews.com/2022/08/17/korut-donetsk  "
            })
    void oneArticleHasOneCanonicalUrl(String url) {
        assertThat(CanonicalUrl.of(url)).isEqualTo(CANONICAL);
    }

    @Test
    void keepsMeaningfulParametersInAStableOrder() {
        assertThat(CanonicalUrl.of("https://example.org/read?page=2&id=7&utm_campaign=x"))
                .isEqualTo("https://example.org/read?id=7&page=2");
    }

    @Test
    void keepsPathCaseAndNonDefaultPorts() {
        assertThat(CanonicalUrl.of("http://Example.org:8080/News/Item/"))
                .isEqualTo("http://example.org:8080/News/Item");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "not a url", "ftp://example.org/file", "mailto:x@example.org", "https://", "/relative/path"})
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.of(url));
        assertThat(CanonicalUrl.isValid(url)).isFalse();
    }
}

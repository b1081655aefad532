package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;

/** Templates never write raw HTML; values in scripts go through {@link ScriptSafeJsonSerializer}. */
class TemplateEscapingTests {

    /** th:utext, its data- form, and unescaped inlining [(…)]. */
    private static final Pattern UNESCAPED = Pattern.compile("th:utext|data-th-utext|\\[\\(");

    @Test
    void noTemplateWritesUnescapedText() throws IOException {
        try (var files = Files.walk(Path.of("src/main/resources/templates"))) {
            var offenders = files.filter(path -> path.toString().endsWith(".html"))
                    .filter(path -> UNESCAPED.matcher(read(path)).find())
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void inlinedValuesCannotCloseTheirScriptElementOrOpenMarkup() {
        IStandardJavaScriptSerializer serializer = new ScriptSafeJsonSerializer();
        var out = new StringWriter();

        serializer.serializeValue(Map.of("t", "</script><!--<script> & \"q\" Ünïcode"), out);

        assertThat(out.toString())
                .doesNotContain("<", ">", "&")
                .isEqualToIgnoringCase(
                        "{\"t\":\"\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e \\u0026 \\\"q\\\" Ünïcode\"}");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

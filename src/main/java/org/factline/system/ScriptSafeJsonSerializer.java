package org.factline.system;

import java.io.Writer;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes values for Thymeleaf's JavaScript inlining ({@code [[${…}]]} inside a script element) as JSON
 * in which no character can end the element or start markup: {@code <}, {@code >} and {@code &} come out
 * as {@code \u003c}, {@code \u003e} and {@code \u0026}. Thymeleaf's own Jackson serializer escapes
 * {@code /} but not {@code <}, so {@code <!--<script>} in an editor's text would swallow the rest of
 * the page. Templates never write raw HTML: anything an editor typed goes through this or th:text.
 */
final class ScriptSafeJsonSerializer implements IStandardJavaScriptSerializer {

    private final ObjectWriter writer = JsonMapper.builder().build().writer().with(new Escapes());

    @Override
    public void serializeValue(Object object, Writer output) {
        writer.writeValue(output, object);
    }

    private static final class Escapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            for (char c : new char[] {'<', '>', '&'}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

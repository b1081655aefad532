package org.factline.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text as editors write rationales: paragraphs separated by an empty line, web addresses and
 * {@code [label](https://…)} links. Parsed into parts that templates render with {@code th:text} and
 * {@code th:href}, so nothing an editor types is ever interpreted as HTML.
 */
public final class RichText {

    /** A run of text, with a link target when it is a link. */
    public record Part(String text, String href) {

        public boolean isLink() {
            return href != null;
        }
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    // link targets may hold one level of balanced parentheses, as in undocs.org/S/RES/2397(2017)
    private static final String URL = "https?://(?:[^\\s()<>\"]|\\([^\\s()<>\"]*\\)){1,2000}";
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,300})]\\((" + URL + ")\\)|(" + URL + ")");

    private RichText() {}

    /** The paragraphs of a text, each a list of parts. */
    public static List<List<Part>> paragraphs(String text) {
        var paragraphs = new ArrayList<List<Part>>();
        if (text == null || text.isBlank()) {
            return paragraphs;
        }
        for (var paragraph : PARAGRAPH_BREAK.split(text.strip())) {
            if (!paragraph.isBlank()) {
                paragraphs.add(parts(paragraph.strip()));
            }
        }
        return paragraphs;
    }

    static List<Part> parts(String paragraph) {
        var parts = new ArrayList<Part>();
        var matcher = LINK.matcher(paragraph);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(new Part(paragraph.substring(at, matcher.start()), null));
            }
            if (matcher.group(1) != null) {
                parts.add(new Part(matcher.group(1), matcher.group(2)));
            } else {
                // a bare address keeps its sentence punctuation outside the link
                var url = matcher.group(3);
                var trailing = url.length() - url.replaceAll("[.,;:!?]+$", "").length();
                var href = url.substring(0, url.length() - trailing);
                parts.add(new Part(href, href));
                if (trailing > 0) {
                    parts.add(new Part(url.substring(url.length() - trailing), null));
                }
            }
            at = matcher.end();
        }
        if (at < paragraph.length()) {
            parts.add(new Part(paragraph.substring(at), null));
        }
        return parts;
    }
}

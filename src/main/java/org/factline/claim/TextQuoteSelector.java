package org.factline.claim;

import java.util.Optional;

/**
 * Anchors a quote in an article's text the way the W3C Web Annotation TextQuoteSelector does:
 * the exact words plus a little text before and after, so the quote can be found again.
 */
public record TextQuoteSelector(String prefix, String exact, String suffix) {

    static final int CONTEXT_LENGTH = 40;

    /**
     * Finds the quote in the body and takes up to 40 characters either side, cut at a word boundary. The
     * words are looked for as typed, then as {@link QuoteText} compares them (curly or straight quotes,
     * dashes, white space); the context is the body's own text either way.
     */
    public static Optional<TextQuoteSelector> locate(String body, String exact) {
        if (body == null || exact == null || exact.isBlank()) {
            return Optional.empty();
        }
        int start = body.indexOf(exact);
        int end = start + exact.length();
        if (start < 0) {
            var span = QuoteText.of(body).find(exact);
            if (span == null) {
                return Optional.empty();
            }
            start = span[0];
            end = span[1];
        }
        var prefix = body.substring(Math.max(0, start - CONTEXT_LENGTH), start);
        var suffix = body.substring(end, Math.min(body.length(), end + CONTEXT_LENGTH));
        if (start > CONTEXT_LENGTH && prefix.indexOf(' ') >= 0) {
            prefix = prefix.substring(prefix.indexOf(' ') + 1);
        }
        if (end + CONTEXT_LENGTH < body.length() && suffix.lastIndexOf(' ') > 0) {
            suffix = suffix.substring(0, suffix.lastIndexOf(' '));
        }
        return Optional.of(new TextQuoteSelector(prefix, exact, suffix));
    }

    /**
     * Whether the body still holds these words, with the text before and after them when the selector
     * has it, compared as {@link QuoteText} compares.
     */
    public boolean foundIn(String body) {
        return QuoteText.holds(body, orEmpty(prefix) + exact + orEmpty(suffix));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

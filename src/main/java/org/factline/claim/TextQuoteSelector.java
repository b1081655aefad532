package org.factline.claim;

import java.util.Optional;

/**
 * Anchors a quote in an article's text the way the W3C Web Annotation TextQuoteSelector does:
 * the exact words plus a little text before and after, so the quote can be found again.
 */
public record TextQuoteSelector(String prefix, String exact, String suffix) {

    static final int CONTEXT_LENGTH = 40;

    /** Finds the quote in the body and takes up to 40 characters either side, cut at a word boundary. */
    public static Optional<TextQuoteSelector> locate(String body, String exact) {
        if (body == null || exact == null || exact.isBlank()) {
            return Optional.empty();
        }
        int start = body.indexOf(exact);
        if (start < 0) {
            return Optional.empty();
        }
        int end = start + exact.length();
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
}

package org.factline.claim;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text as it is compared when a quote is looked for in an article: Unicode compatibility forms folded
 * (NFKC), every quotation mark (straight, curly, low, guillemets) read as {@code "}, every dash
 * (hyphen, en, em, minus…) as {@code -}, runs of white space as one space, and invisible characters
 * (zero-width space, soft hyphen) dropped. So a quote typed with straight quotes or copied across a
 * line break still matches the article it was copied from. Remembers where each normalised character
 * came from, so a match can be taken back to the original text.
 */
final class QuoteText {

    private static final String QUOTATION_MARKS =
            "\"'\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2039\u203a\u300c\u300d\u300e\u300f";
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63";
    private static final String INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff";

    private final String normalized;
    /** For each character of the normalised text, where the character it came from starts and ends. */
    private final int[] starts;

    private final int[] ends;

    private QuoteText(String normalized, int[] starts, int[] ends) {
        this.normalized = normalized;
        this.starts = starts;
        this.ends = ends;
    }

    static QuoteText of(String text) {
        var out = new StringBuilder(text.length());
        var starts = new int[text.length() + 16];
        var ends = new int[text.length() + 16];
        // grapheme by grapheme, so that a letter and its combining accent compose as NFKC composes them
        var graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            var folded = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFKC);
            for (int i = 0; i < folded.length(); ) {
                int codePoint = folded.codePointAt(i);
                i += Character.charCount(codePoint);
                if (INVISIBLE.indexOf(codePoint) >= 0) {
                    continue;
                }
                if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                    if (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                        ends[out.length() - 1] = end;
                        continue;
                    }
                    codePoint = ' ';
                } else if (QUOTATION_MARKS.indexOf(codePoint) >= 0) {
                    codePoint = '"';
                } else if (DASHES.indexOf(codePoint) >= 0) {
                    codePoint = '-';
                }
                for (char c : Character.toChars(codePoint)) {
                    if (out.length() == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                        ends = Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[out.length()] = start;
                    ends[out.length()] = end;
                    out.append(c);
                }
            }
        }
        return new QuoteText(out.toString(), starts, ends);
    }

    /** The text normalised, without space at either end. */
    static String normalize(String text) {
        return text == null ? "" : of(text).normalized.strip();
    }

    /** Whether the normalised {@code text} holds the normalised {@code words}; blank words are never held. */
    static boolean holds(String text, String words) {
        var needle = normalize(words);
        return !needle.isEmpty() && text != null && of(text).normalized.contains(needle);
    }

    /**
     * Where the normalised {@code words} first occur, as start and end in the original text; {@code null}
     * when they do not.
     */
    int[] find(String words) {
        var needle = normalize(words);
        int at = needle.isEmpty() ? -1 : normalized.indexOf(needle);
        return at < 0 ? null : new int[] {starts[at], ends[at + needle.length() - 1]};
    }
}

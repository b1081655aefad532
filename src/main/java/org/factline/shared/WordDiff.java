package org.factline.shared;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.EqualDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, word by word, with its paragraphs kept (paragraphs
 * separated by an empty line, as editors write rationales). Held as pieces that templates render with
 * {@code <del>}, {@code <ins>} and {@code th:text}, so nothing an editor typed is read as HTML.
 *
 * <p>A word is a run of letters, marks and digits, with inner dots, commas, hyphens and apostrophes kept
 * (so "3,5", "Rp15.000" and "kata-kata" are one word each); any other character stands alone. Changed
 * words next to each other, with only spaces between them, are shown as one removal followed by one
 * insertion. The paragraphs shown are those of both versions: a paragraph added or removed is a
 * paragraph of its own. Myers' algorithm in linear space (java-diff-utils), so a rewritten rationale of
 * thousands of words costs little memory.
 */
public record WordDiff(List<List<Piece>> paragraphs, boolean changed) {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** A run of text that both versions share, or that one of them alone has. */
    public record Piece(Kind kind, String text) {

        public boolean isSame() {
            return kind == Kind.SAME;
        }

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }
    }

    private static final String PARAGRAPH = "\n\n";
    private static final String SPACE = " ";
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+|[\\p{L}\\p{M}\\p{N}]+(?:[.,'’\\-][\\p{L}\\p{M}\\p{N}]+)*|\\X", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    public WordDiff {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** The difference from {@code before} to {@code after}; {@code null} reads as empty. */
    public static WordDiff between(String before, String after) {
        var from = tokens(before);
        var to = tokens(after);
        var deltas = from.equals(to)
                ? List.<AbstractDelta<String>>of(new EqualDelta<>(new Chunk<>(0, from), new Chunk<>(0, to)))
                : DiffUtils.diff(from, to, MyersDiffWithLinearSpace.factory().create(), null, true)
                        .getDeltas();
        var tokens = new ArrayList<Piece>();
        for (var delta : deltas) {
            boolean same = delta.getType() == DeltaType.EQUAL;
            delta.getSource()
                    .getLines()
                    .forEach(token -> tokens.add(new Piece(same ? Kind.SAME : Kind.REMOVED, token)));
            if (!same) {
                delta.getTarget().getLines().forEach(token -> tokens.add(new Piece(Kind.ADDED, token)));
            }
        }
        slideForward(tokens);
        var paragraphs = new ArrayList<List<Piece>>();
        var paragraph = new ArrayList<Piece>();
        for (var token : tokens) {
            paragraph = add(paragraphs, paragraph, token.kind(), token.text());
        }
        add(paragraphs, paragraph, Kind.SAME, PARAGRAPH);
        return new WordDiff(
                paragraphs.stream()
                        .map(WordDiff::joined)
                        .filter(p -> !p.isEmpty())
                        .toList(),
                !from.equals(to));
    }

    /** Every piece, paragraph after paragraph: for a one-line field such as a conclusion. */
    public List<Piece> pieces() {
        return paragraphs.stream().flatMap(List::stream).toList();
    }

    /** Words, paragraph breaks, single spaces (for any other white space) and single other characters. */
    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        if (text == null) {
            return tokens;
        }
        var matcher = TOKEN.matcher(text.strip());
        while (matcher.find()) {
            var token = matcher.group();
            if (token.isBlank()) {
                token = LINE_BREAK.matcher(token).results().count() >= 2 ? PARAGRAPH : SPACE;
            }
            tokens.add(token);
        }
        return tokens;
    }

    /**
     * Moves each run of only added or only removed tokens as far forward as the same result allows (as
     * git does), so that an added paragraph is its own paragraph rather than "." + break + words.
     */
    private static void slideForward(List<Piece> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            var kind = tokens.get(i).kind();
            int end = i;
            while (end < tokens.size() && tokens.get(end).kind() == kind) {
                end++;
            }
            boolean alone = kind != Kind.SAME
                    && (i == 0 || tokens.get(i - 1).kind() == Kind.SAME)
                    && (end == tokens.size() || tokens.get(end).kind() == Kind.SAME);
            while (alone
                    && end < tokens.size()
                    && tokens.get(end).kind() == Kind.SAME
                    && tokens.get(end).text().equals(tokens.get(i).text())) {
                tokens.set(end, new Piece(kind, tokens.get(i).text()));
                tokens.set(i, new Piece(Kind.SAME, tokens.get(i).text()));
                i++;
                end++;
            }
            i = end;
        }
    }

    /** Adds one token's piece to the paragraph, or, for a paragraph break of either version, starts the next. */
    private static ArrayList<Piece> add(
            List<List<Piece>> paragraphs, ArrayList<Piece> paragraph, Kind kind, String token) {
        if (!token.equals(PARAGRAPH)) {
            paragraph.add(new Piece(kind, token));
            return paragraph;
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        return new ArrayList<>();
    }

    /**
     * One paragraph's pieces with neighbouring changes joined: changed words with only shared spaces
     * between them read as one removal followed by one insertion, and a change of spacing alone is shown
     * as the text now reads.
     */
    private static List<Piece> joined(List<Piece> tokens) {
        var pieces = new ArrayList<Piece>();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            if (token.kind() == Kind.SAME && !(bridges(tokens, i) && (!removed.isEmpty() || !added.isEmpty()))) {
                flush(pieces, removed, added);
                append(pieces, Kind.SAME, token.text());
            } else if (token.kind() == Kind.SAME) {
                removed.append(token.text());
                added.append(token.text());
            } else {
                (token.kind() == Kind.REMOVED ? removed : added).append(token.text());
            }
        }
        flush(pieces, removed, added);
        return pieces;
    }

    /** Whether the shared token at {@code i} is a space followed, past other spaces, by a change. */
    private static boolean bridges(List<Piece> tokens, int i) {
        int next = i;
        while (next < tokens.size()
                && tokens.get(next).kind() == Kind.SAME
                && tokens.get(next).text().equals(SPACE)) {
            next++;
        }
        return next > i && next < tokens.size() && tokens.get(next).kind() != Kind.SAME;
    }

    private static void flush(List<Piece> pieces, StringBuilder removed, StringBuilder added) {
        if (removed.toString().isBlank() && added.toString().isBlank()) {
            append(pieces, Kind.SAME, added.toString());
        } else {
            append(pieces, Kind.REMOVED, removed.toString());
            append(pieces, Kind.ADDED, added.toString());
        }
        removed.setLength(0);
        added.setLength(0);
    }

    private static void append(List<Piece> pieces, Kind kind, String text) {
        if (text.isEmpty() || (kind != Kind.SAME && text.isBlank())) {
            return;
        }
        var last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        if (last != null && last.kind() == kind) {
            pieces.set(pieces.size() - 1, new Piece(kind, last.text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }
}

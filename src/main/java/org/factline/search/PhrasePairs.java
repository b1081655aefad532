package org.factline.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What a query's phrases ask of the word pairs index. Every search document is indexed by the pairs of
 * lexemes that stand next to each other in it ({@code f_search_pairs}, lexemes "a b"); a document
 * matches the phrase {@code 'harga' <-> 'beras'} only if it holds the pair "harga beras". This reads the
 * text of a {@code tsquery} as PostgreSQL writes it and gives the pairs query that every matching
 * document must match, so the index alone narrows a phrase to the documents that hold its words side by
 * side: "harga beras" reads about a hundred documents instead of every one holding both words.
 *
 * <p>The pairs query is a necessary condition, never more: a word alone, a negation, a prefix
 * ({@code 'harg':*}) or words at a distance ({@code <2>}, left by a stop word) ask nothing of the pairs,
 * and an "or" asks something only when each of its branches does.
 */
final class PhrasePairs {

    private final String text;
    private int at;

    private PhrasePairs(String text) {
        this.text = text;
    }

    /**
     * The pairs query for the text of a {@code tsquery} (as {@code tsquery::text} writes it), or
     * {@code null} when the query holds no phrase the pairs can narrow.
     */
    static String of(String tsquery) {
        if (tsquery == null || tsquery.isBlank()) {
            return null;
        }
        var parser = new PhrasePairs(tsquery);
        var query = parser.or();
        parser.skipSpaces();
        if (parser.at != tsquery.length()) {
            throw new IllegalArgumentException("Unexpected text in tsquery at " + parser.at + ": " + tsquery);
        }
        return query.condition();
    }

    private Node or() {
        return joined("|", this::and, Any::new);
    }

    private Node and() {
        return joined("&", this::phrase, All::new);
    }

    /** Parts read by {@code part}, joined by {@code operator}: one part as it is, more combined. */
    private Node joined(String operator, Supplier<Node> part, Function<List<Node>, Node> combined) {
        var parts = new ArrayList<Node>();
        parts.add(part.get());
        while (accept(operator)) {
            parts.add(part.get());
        }
        return parts.size() == 1 ? parts.get(0) : combined.apply(parts);
    }

    private Node phrase() {
        var left = unary();
        while (true) {
            skipSpaces();
            if (!text.startsWith("<", at)) {
                return left;
            }
            int close = text.indexOf('>', at);
            if (close < 0) {
                throw new IllegalArgumentException("Unclosed phrase operator in tsquery: " + text);
            }
            var operator = text.substring(at + 1, close);
            at = close + 1;
            int distance = operator.equals("-") ? 1 : Integer.parseInt(operator);
            left = new Phrase(left, distance, unary());
        }
    }

    private Node unary() {
        if (accept("!")) {
            unary();
            return Nothing.INSTANCE;
        }
        if (accept("(")) {
            var inner = or();
            expect(")");
            return inner;
        }
        return lexeme();
    }

    private Lexeme lexeme() {
        expect("'");
        var lexeme = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw new IllegalArgumentException("Unclosed lexeme in tsquery: " + text);
            }
            char c = text.charAt(at++);
            if (c == '\\' && at < text.length()) {
                lexeme.append(text.charAt(at++));
            } else if (c == '\'') {
                if (at < text.length() && text.charAt(at) == '\'') {
                    lexeme.append('\'');
                    at++;
                } else {
                    break;
                }
            } else {
                lexeme.append(c);
            }
        }
        boolean prefix = false;
        if (at < text.length() && text.charAt(at) == ':') {
            at++;
            while (at < text.length() && "*ABCDabcd".indexOf(text.charAt(at)) >= 0) {
                prefix |= text.charAt(at) == '*';
                at++;
            }
        }
        return new Lexeme(lexeme.toString(), prefix);
    }

    private boolean accept(String token) {
        skipSpaces();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("Expected " + token + " at " + at + " in tsquery: " + text);
        }
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }

    /** A part of the query, and what it asks of the pairs ({@code null}: nothing). */
    private sealed interface Node permits Lexeme, Nothing, All, Any, Phrase {

        String condition();
    }

    private record Lexeme(String text, boolean prefix) implements Node {

        @Override
        public String condition() {
            return null;
        }
    }

    private enum Nothing implements Node {
        INSTANCE;

        @Override
        public String condition() {
            return null;
        }
    }

    private record All(List<Node> parts) implements Node {

        @Override
        public String condition() {
            Set<String> conditions = new LinkedHashSet<>();
            for (var part : parts) {
                var condition = part.condition();
                if (condition != null) {
                    conditions.add(condition);
                }
            }
            return conditions.isEmpty() ? null : join(conditions, " & ");
        }
    }

    private record Any(List<Node> branches) implements Node {

        @Override
        public String condition() {
            Set<String> conditions = new LinkedHashSet<>();
            for (var branch : branches) {
                var condition = branch.condition();
                if (condition == null) {
                    return null;
                }
                conditions.add(condition);
            }
            return join(conditions, " | ");
        }
    }

    /** {@code left <distance> right}: side by side when the distance is one. */
    private record Phrase(Node left, int distance, Node right) implements Node {

        @Override
        public String condition() {
            var words = new ArrayList<Lexeme>();
            var distances = new ArrayList<Integer>();
            Set<String> conditions = new LinkedHashSet<>();
            flatten(this, words, distances, conditions);
            for (int i = 1; i < words.size(); i++) {
                var first = words.get(i - 1);
                var second = words.get(i);
                if (distances.get(i - 1) == 1
                        && first != null
                        && second != null
                        && !first.prefix()
                        && !second.prefix()) {
                    conditions.add(quote(first.text() + " " + second.text()));
                }
            }
            return conditions.isEmpty() ? null : join(conditions, " & ");
        }

        /**
         * The words of {@code ('a' <-> 'b') <-> 'c'}, as PostgreSQL writes phrases, in order; a part that
         * is no word (alternatives, a phrase in brackets) stands as {@code null} and asks what it asks itself.
         */
        private static void flatten(Node node, List<Lexeme> words, List<Integer> distances, Set<String> conditions) {
            if (node instanceof Phrase phrase) {
                flatten(phrase.left(), words, distances, conditions);
                distances.add(phrase.distance());
                if (phrase.right() instanceof Lexeme last) {
                    words.add(last);
                } else {
                    part(phrase.right(), words, conditions);
                }
            } else if (node instanceof Lexeme lexeme) {
                words.add(lexeme);
            } else {
                part(node, words, conditions);
            }
        }

        private static void part(Node node, List<Lexeme> words, Set<String> conditions) {
            words.add(null);
            var condition = node.condition();
            if (condition != null) {
                conditions.add(condition);
            }
        }
    }

    private static String join(Set<String> conditions, String operator) {
        return conditions.size() == 1
                ? conditions.iterator().next()
                : conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(operator));
    }

    /** A lexeme as tsquery input reads it: quoted, its quotes doubled and backslashes escaped. */
    private static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}

package org.factline.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader's query, read as {@code websearch_to_tsquery} reads it (words, "quoted phrases", {@code or},
 * {@code -word}), but matched word by word: each word in English, Indonesian and word for word at once
 * ({@code f_search_term}). "utang luar negeri" becomes {@code 'utang' & 'luar' & ('negeri' | 'neger')}
 * instead of one whole query per language joined by "or": the same documents (every search document holds
 * each text in the words of one configuration and in the 'simple' ones), and the full-text index finds
 * them several times faster, since it sees which words every match must hold.
 *
 * <p>A word that English or Indonesian drops as too common ("the", "of") asks nothing, as it asked
 * nothing of that language's query before; a query of such words alone is matched as a whole. A phrase
 * in quotes is always kept, each language reading it as its own query would.
 *
 * @param expression the query as SQL, a {@code tsquery} built from the parameters
 * @param parameters the terms, by name
 */
public record SearchTerms(String expression, Map<String, Object> parameters) {

    /**
     * The query documents must match, read from {@link #readings(String)}: term by term; when every term is a
     * word too common to ask anything ("the", "of"), the whole query in each language.
     */
    public static final String MATCH = "case when numnode(terms) > 0 then terms else s || e || i end";

    /** The terms of a query: each is a bind parameter, never part of the statement's text. */
    public static SearchTerms of(String query, String prefix) {
        var groups = new ArrayList<List<String>>();
        var group = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        int at = 0;
        int length = query.length();
        while (at < length) {
            char c = query.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && at + 1 < length && !Character.isWhitespace(query.charAt(at + 1))) {
                negated = true;
                at++;
                c = query.charAt(at);
            }
            String term;
            boolean phrase = c == '"';
            if (phrase) {
                int close = query.indexOf('"', at + 1);
                int end = close < 0 ? length : close;
                term = query.substring(at + 1, end);
                at = close < 0 ? length : close + 1;
            } else {
                int end = at;
                while (end < length && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') {
                    end++;
                }
                term = query.substring(at, end);
                at = end;
                if (!negated && term.equalsIgnoreCase("or")) {
                    if (!group.isEmpty()) {
                        groups.add(group);
                        group = new ArrayList<>();
                    }
                    continue;
                }
            }
            if (term.isBlank()) {
                continue;
            }
            var name = prefix + parameters.size();
            parameters.put(name, phrase ? "\"" + term + "\"" : term);
            var sql = "f_search_term(:" + name + ", " + phrase + ")";
            group.add(negated ? "(!!" + sql + ")" : sql);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        if (groups.isEmpty()) {
            return new SearchTerms("''::tsquery", parameters);
        }
        var branches = groups.stream()
                .map(terms -> terms.size() == 1 ? terms.get(0) : "(" + String.join(" && ", terms) + ")")
                .toList();
        return new SearchTerms(branches.size() == 1 ? branches.get(0) : String.join(" || ", branches), parameters);
    }

    /**
     * The query's readings, as one row {@code w}: {@code s}, {@code e} and {@code i}, the whole query word
     * for word, in English and in Indonesian, and {@code terms}, term by term; read from {@code words}, a row
     * source whose column {@code text} is the query without accents ({@code f_search_unaccent}).
     */
    public String readings(String words) {
        return """
                (select websearch_to_tsquery('simple', text) as s,
                        websearch_to_tsquery('english', text) as e,
                        websearch_to_tsquery('indonesian', text) as i,
                        %s as terms
                 from %s) as w""".formatted(expression, words);
    }

    /**
     * The query documents must match ({@link #MATCH}) as one {@code tsquery} expression, the query itself
     * read from the bind parameter {@code parameter}; PostgreSQL computes it once per statement.
     */
    public String match(String parameter) {
        return "(select %s from %s)"
                .formatted(MATCH, readings("(select f_search_unaccent(:" + parameter + ") as text) as words"));
    }
}

package org.factline.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reader's query read into terms as websearch_to_tsquery reads it: words, phrases, "or", "-word". */
class SearchTermsTests {

    @Test
    void wordsAreJoinedWithAnd() {
        var terms = SearchTerms.of("utang  luar negeri", "t");
        assertThat(terms.expression())
                .isEqualTo("(f_search_term(:t0, false) && f_search_term(:t1, false) && f_search_term(:t2, false))");
        assertThat(terms.parameters())
                .containsExactly(
                        java.util.Map.entry("t0", "utang"),
                        java.util.Map.entry("t1", "luar"),
                        java.util.Map.entry("t2", "negeri"));
    }

    @Test
    void quotesMakeOnePhraseTermAndOrSplitsTheQuery() {
        var terms = SearchTerms.of("\"harga beras\" naik OR -\"korea utara\" or", "t");
        assertThat(terms.expression())
                .isEqualTo("(f_search_term(:t0, true) && f_search_term(:t1, false)) || (!!f_search_term(:t2, true))");
        assertThat(terms.parameters()).containsValues("\"harga beras\"", "naik", "\"korea utara\"");
    }

    @Test
    void aMinusStartsANegationOnlyBeforeAWord() {
        var terms = SearchTerms.of("north-korea -sanksi - x", "t");
        assertThat(terms.expression())
                .isEqualTo("(f_search_term(:t0, false) && (!!f_search_term(:t1, false)) && f_search_term(:t2, false)"
                        + " && f_search_term(:t3, false))");
        assertThat(terms.parameters()).containsValues("north-korea", "sanksi", "-", "x");
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndNothingGivesTheEmptyQuery() {
        assertThat(SearchTerms.of("kata \"dua kata", "t").parameters()).containsValues("kata", "\"dua kata\"");
        assertThat(SearchTerms.of("  \"\" or ", "t").expression()).isEqualTo("''::tsquery");
    }
}

package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The pairs a query's phrases ask for, read from the text of tsqueries as PostgreSQL writes them. */
class PhrasePairsTests {

    @Test
    void aPhraseAsksForEachPairOfNeighbouringWords() {
        assertThat(PhrasePairs.of("'harga' <-> 'beras'")).isEqualTo("'harga beras'");
        assertThat(PhrasePairs.of("'north-korea' <-> 'north' <-> 'korea'"))
                .isEqualTo("('north-korea north') & ('north korea')");
    }

    @Test
    void wordsAloneNegationsAndPrefixesAskNothing() {
        assertThat(PhrasePairs.of("'harga' & 'beras'")).isNull();
        assertThat(PhrasePairs.of("'harga' | 'beras' & !'war'")).isNull();
        assertThat(PhrasePairs.of("!( 'harga' <-> 'beras' )")).isNull();
        assertThat(PhrasePairs.of("'harg':* <-> 'beras'")).isNull();
        assertThat(PhrasePairs.of("")).isNull();
        assertThat(PhrasePairs.of(null)).isNull();
    }

    @Test
    void wordsAtADistanceAskNothingOfThePairButTheirNeighboursDo() {
        // "the price of rice" in English: the stop word leaves a gap
        assertThat(PhrasePairs.of("'price' <2> 'rice'")).isNull();
        assertThat(PhrasePairs.of("'cost' <-> 'price' <2> 'rice' <-> 'now'"))
                .isEqualTo("('cost price') & ('rice now')");
    }

    @Test
    void alternativesAskSomethingOnlyWhenEachDoes() {
        // the query in three configurations at once, as Searches builds it
        assertThat(PhrasePairs.of("'harga' <-> 'beras' & 'pemilu' | 'harga' <-> 'bera' & 'pemilu'"))
                .isEqualTo("('harga beras') | ('harga bera')");
        assertThat(PhrasePairs.of("'harga' <-> 'beras' | 'beras'")).isNull();
        assertThat(PhrasePairs.of("( 'a' <-> 'b' | 'c' <-> 'd' ) & 'e' <-> 'f'"))
                .isEqualTo("(('a b') | ('c d')) & ('e f')");
        // the same branch twice is asked once
        assertThat(PhrasePairs.of("'a' <-> 'b' | 'a' <-> 'b'")).isEqualTo("'a b'");
    }

    @Test
    void aPhraseOfAlternativesAsksWhatItsPartsAsk() {
        assertThat(PhrasePairs.of("( 'a' | 'b' ) <-> 'c' <-> 'd'")).isEqualTo("'c d'");
        assertThat(PhrasePairs.of("( 'a' <-> 'b' | 'a' <-> 'c' ) <-> 'd'")).isEqualTo("('a b') | ('a c')");
        assertThat(PhrasePairs.of("'a' <-> ( 'b' <-> 'c' )")).isEqualTo("'b c'");
    }

    @Test
    void quotesAndBackslashesInLexemesStayEscaped() {
        assertThat(PhrasePairs.of("'o''brien' <-> 'said'")).isEqualTo("'o''brien said'");
        assertThat(PhrasePairs.of("'a\\\\b' <-> 'c'")).isEqualTo("'a\\\\b c'");
        assertThat(PhrasePairs.of("'x':AB <-> 'y':C")).isEqualTo("'x y'");
    }

    @Test
    void textThatIsNoTsqueryIsRefused() {
        assertThatThrownBy(() -> PhrasePairs.of("'unclosed")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhrasePairs.of("'a' 'b'")).isInstanceOf(IllegalArgumentException.class);
    }
}

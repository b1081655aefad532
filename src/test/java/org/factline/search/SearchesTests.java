package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.timeline.ClaimCard.Snippet;
import org.junit.jupiter.api.Test;

class SearchesTests {

    @Test
    void splitsAHeadlineIntoPlainAndHighlightedPieces() {
        var headline = "ada " + Searches.START + "sanksi" + Searches.STOP + " " + Searches.START + "PBB" + Searches.STOP
                + " " + Searches.LT + "b" + Searches.GT + "!";
        assertThat(Searches.pieces(headline))
                .containsExactly(
                        new Snippet("ada ", false),
                        new Snippet("sanksi", true),
                        new Snippet(" ", false),
                        new Snippet("PBB", true),
                        new Snippet(" <b>!", false));
    }

    @Test
    void noHeadlineNoPieces() {
        assertThat(Searches.pieces(null)).isEmpty();
    }
}

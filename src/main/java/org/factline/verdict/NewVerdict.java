package org.factline.verdict;

import org.factline.shared.Bilingual;

/** A verdict as drafted: its conclusion and reasons in English, Bahasa Indonesia or both. */
public record NewVerdict(long claimId, long ratingId, Bilingual summary, Bilingual rationale, long authorId) {

    /** A verdict written in English only, so far. */
    public NewVerdict(long claimId, long ratingId, String summary, String rationale, long authorId) {
        this(claimId, ratingId, new Bilingual(summary, null), new Bilingual(rationale, null), authorId);
    }
}

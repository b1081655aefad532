package org.factline.verdict;

import java.util.Objects;
import org.factline.shared.WordDiff;

/**
 * What a correction changes in the verdict it supersedes: the rating, and the conclusion and rationale in
 * each language word by word, for the editor who reviews it.
 */
public record VerdictChanges(
        Rating ratingBefore,
        Rating ratingAfter,
        WordDiff summary,
        WordDiff summaryIndonesian,
        WordDiff rationale,
        WordDiff rationaleIndonesian) {

    public static VerdictChanges between(Verdict before, Verdict after) {
        return new VerdictChanges(
                before.getRating(),
                after.getRating(),
                WordDiff.between(before.getSummary(), after.getSummary()),
                WordDiff.between(before.getSummaryIndonesian(), after.getSummaryIndonesian()),
                WordDiff.between(before.getRationale(), after.getRationale()),
                WordDiff.between(before.getRationaleIndonesian(), after.getRationaleIndonesian()));
    }

    public boolean isRatingChanged() {
        return !Objects.equals(ratingBefore.getId(), ratingAfter.getId());
    }

    /** Whether the correction changes nothing at all (its public reason aside). */
    public boolean isNone() {
        return !isRatingChanged()
                && !summary.changed()
                && !summaryIndonesian.changed()
                && !rationale.changed()
                && !rationaleIndonesian.changed();
    }
}

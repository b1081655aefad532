package org.factline.verdict;

import java.util.Optional;

/**
 * What the verdict module needs to know of a claim: the rating scale it is judged on. The claim module
 * provides it, so that a verdict's rating is checked against its claim's scale without this module
 * depending on that one.
 */
public interface RatedClaims {

    /** The id of the claim's rating scale, empty when there is no such claim. */
    Optional<Long> ratingScaleOf(long claimId);
}

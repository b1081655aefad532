package org.factline.evidence;

/**
 * What the evidence module needs to know of a claim's verdict: whether it is in review, when its
 * sources hold still so that the reviewer approves the evidence the author submitted. The verdict
 * module provides it, so that this module does not depend on that one.
 */
public interface ClaimsInReview {

    /** Whether the claim has a verdict submitted for review, neither published nor sent back yet. */
    boolean isInReview(long claimId);
}

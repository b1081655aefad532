package org.factline.verdict;

public enum VerdictStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    /** Replaced by a correction; still shown, struck through, in the claim's history. */
    SUPERSEDED
}

package org.factline.claim;

/** Where a claim stands in the editorial workflow. Only published claims are shown to readers. */
public enum ClaimStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}

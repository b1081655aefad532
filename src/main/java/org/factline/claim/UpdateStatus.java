package org.factline.claim;

/** Where an update of a published claim stands: drafted, waiting for another editor, or published. */
public enum UpdateStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED
}

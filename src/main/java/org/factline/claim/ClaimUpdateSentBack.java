package org.factline.claim;

/** A reviewer sent an update of a published claim back to its author with a comment. */
public record ClaimUpdateSentBack(long updateId, long claimId) {}

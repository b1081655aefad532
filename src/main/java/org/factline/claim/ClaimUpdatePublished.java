package org.factline.claim;

/** An update of a published claim went public, published within the publishing transaction. */
public record ClaimUpdatePublished(long updateId, long claimId) {}

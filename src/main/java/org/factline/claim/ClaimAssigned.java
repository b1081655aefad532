package org.factline.claim;

/**
 * A claim was assigned to a colleague, published within the transaction that assigned it.
 *
 * @param assignedBy who assigned it, or {@code null} when no one signed in did
 */
public record ClaimAssigned(long claimId, long assigneeId, Long assignedBy) {}

package org.factline.verdict;

/** A verdict went to review; its claim now waits for an editor. */
public record VerdictSubmitted(long verdictId, long claimId) {}

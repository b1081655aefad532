package org.factline.verdict;

/** A reviewer sent a verdict back to its author with a comment. */
public record VerdictSentBack(long verdictId, long claimId) {}

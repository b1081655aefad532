package org.factline.verdict;

import java.time.Instant;

/** A verdict went public (first publication or a correction). Published within the publishing transaction. */
public record VerdictPublished(long verdictId, long claimId, Instant publishedAt) {}

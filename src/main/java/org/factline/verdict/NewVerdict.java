package org.factline.verdict;

public record NewVerdict(long claimId, long ratingId, String summary, String rationale, long authorId) {}

package org.factline.verdict;

import java.util.List;
import org.factline.evidence.ClaimsInReview;
import org.springframework.stereotype.Component;

/** Tells the evidence module which claims have a verdict in review, whose sources are then frozen. */
@Component
class VerdictsInReview implements ClaimsInReview {

    private final Verdicts verdicts;

    VerdictsInReview(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    @Override
    public boolean isInReview(long claimId) {
        return verdicts.existsByClaimIdAndStatusIn(claimId, List.of(VerdictStatus.IN_REVIEW));
    }
}

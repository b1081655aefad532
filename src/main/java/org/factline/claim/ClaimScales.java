package org.factline.claim;

import java.util.Optional;
import org.factline.verdict.RatedClaims;
import org.springframework.stereotype.Component;

/** Tells the verdict module which rating scale a claim is judged on. */
@Component
class ClaimScales implements RatedClaims {

    private final Claims claims;

    ClaimScales(Claims claims) {
        this.claims = claims;
    }

    @Override
    public Optional<Long> ratingScaleOf(long claimId) {
        return claims.findById(claimId).map(Claim::getRatingScaleId);
    }
}

package org.factline.claim;

import org.factline.evidence.PublishedClaims;
import org.springframework.stereotype.Component;

/** Tells the evidence module which claims readers see, whose sources then change only through an update. */
@Component
class PublishedClaimsOfEvidence implements PublishedClaims {

    private final Claims claims;

    PublishedClaimsOfEvidence(Claims claims) {
        this.claims = claims;
    }

    @Override
    public boolean isPublished(long claimId) {
        return claims.findById(claimId).map(Claim::isPublished).orElse(false);
    }
}

package org.factline.claim;

import org.factline.verdict.VerdictPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Publishes a claim when its verdict is published, inside the same transaction so neither goes out alone. */
@Component
class VerdictListener {

    private final ClaimManagement claims;

    VerdictListener(ClaimManagement claims) {
        this.claims = claims;
    }

    @EventListener
    void on(VerdictPublished event) {
        claims.publish(event.claimId());
    }
}

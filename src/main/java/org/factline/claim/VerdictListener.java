package org.factline.claim;

import org.factline.verdict.VerdictPublished;
import org.factline.verdict.VerdictSentBack;
import org.factline.verdict.VerdictSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a claim's editorial status in step with its verdict, inside the verdict's transaction so the
 * two never disagree: a claim goes public exactly when its verdict does. Publishing a verdict (a first
 * one or a correction) publishes its claim, and the claim announces the change readers see: this is
 * the one place where a publication becomes a {@code PublicContentChanged}.
 */
@Component
class VerdictListener {

    private final Claims claims;
    private final ClaimManagement management;

    VerdictListener(Claims claims, ClaimManagement management) {
        this.claims = claims;
        this.management = management;
    }

    @EventListener
    void on(VerdictPublished event) {
        management.publish(event.claimId());
    }

    @EventListener
    void on(VerdictSubmitted event) {
        claims.findById(event.claimId()).orElseThrow().submitted();
    }

    @EventListener
    void on(VerdictSentBack event) {
        claims.findById(event.claimId()).orElseThrow().sentBack();
    }
}

package org.factline.claim;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.factline.shared.AuditHistory;
import org.factline.shared.Change;
import org.factline.shared.WorkflowException;
import org.factline.verdict.VerdictManagement;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retractions, part of the claim module's API: a published claim leaves the public site only in the open,
 * by an editor, with a public reason, and its address then tells readers what was published and why it
 * was withdrawn ({@link Retraction}). The claim announces the change, so its page, listings, feeds, the
 * sitemap and search follow in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ClaimRetractions {

    private final Claims claims;
    private final VerdictManagement verdicts;
    private final Clock clock;
    private final EntityManager entityManager;

    ClaimRetractions(Claims claims, VerdictManagement verdicts, Clock clock, EntityManager entityManager) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Retracts a published claim, by an editor (reporters are refused whoever calls), keeping a copy of
     * what readers were shown. Refused on {@code reason} when it is blank or longer than
     * {@link Retraction#REASON_MAX}; nothing changes then.
     *
     * @param editorId the account of the editor who retracts it
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Retraction retract(long claimId, String reason, long editorId) {
        var claim = claims.findById(claimId).orElseThrow(() -> new WorkflowException("claim.error.notFound"));
        var verdict = verdicts.currentVerdicts(List.of(claimId)).get(claimId);
        var retraction = claim.retract(reason, clock.instant(), editorId, verdict);
        claims.saveAndFlush(claim);
        return retraction;
    }

    /** The claim's retractions in its history: each with its public reason, and its end when published again. */
    public List<Change> history(long claimId) {
        return AuditHistory.changes(
                entityManager,
                Retraction.class,
                "retraction",
                AuditEntity.relatedId("claim").eq(claimId),
                value -> value instanceof Claim claim ? "#" + claim.getId() : null);
    }

    /** Every retraction of a claim, the latest first, for the desk. */
    public List<Retraction> of(long claimId) {
        return claims.findById(claimId).map(Claim::getRetractions).orElse(List.of());
    }
}

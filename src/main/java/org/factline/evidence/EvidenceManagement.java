package org.factline.evidence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factline.article.CanonicalUrl;
import org.factline.shared.AuditHistory;
import org.factline.shared.Change;
import org.factline.shared.EditConflictException;
import org.factline.shared.Revision;
import org.factline.shared.WorkflowException;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence module's API: sources attached to claims, in the order the editor chose. While a claim's
 * verdict is in review its sources are frozen: adding, editing, moving or removing one is refused. A
 * published claim's sources change only through a reviewed update, which the claim module publishes
 * with the {@code …Reviewed} methods.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceManagement {

    private final Sources sources;
    private final EntityManager entityManager;
    private final ClaimsInReview review;
    private final PublishedClaims published;

    EvidenceManagement(Sources sources, EntityManager entityManager, ClaimsInReview review, PublishedClaims published) {
        this.sources = sources;
        this.entityManager = entityManager;
        this.review = review;
        this.published = published;
    }

    /**
     * Attaches a source to a claim; its addresses, when given, must be web addresses. A published claim's
     * sources change only through a reviewed update ({@link #attachReviewed}).
     */
    @Transactional
    public Source attach(long claimId, NewSource request) {
        requireNotPublished(claimId);
        return attachReviewed(claimId, request);
    }

    /** Attaches a source to a published claim, as a reviewed update of it is published (the claim module). */
    @Transactional
    public Source attachReviewed(long claimId, NewSource request) {
        requireNotInReview(claimId);
        check(request);
        return sources.saveAndFlush(new Source(claimId, sources.nextPosition(claimId), request));
    }

    @Transactional
    public Source update(long claimId, long sourceId, long expectedVersion, NewSource request) {
        var source = load(claimId, sourceId);
        requireNotPublished(claimId);
        requireNotInReview(claimId);
        check(request);
        if (source.getVersion() != expectedVersion) {
            throw new EditConflictException("source", source.getVersion());
        }
        source.apply(request);
        return sources.saveAndFlush(source);
    }

    /** Rewrites a published claim's source, as a reviewed update of it is published (the claim module). */
    @Transactional
    public Source updateReviewed(long claimId, long sourceId, NewSource request) {
        var source = load(claimId, sourceId);
        requireNotInReview(claimId);
        check(request);
        source.apply(request);
        return sources.saveAndFlush(source);
    }

    @Transactional
    public void remove(long claimId, long sourceId) {
        requireNotPublished(claimId);
        removeReviewed(claimId, sourceId);
    }

    /** Withdraws a published claim's source, as a reviewed update of it is published (the claim module). */
    @Transactional
    public void removeReviewed(long claimId, long sourceId) {
        var source = load(claimId, sourceId);
        requireNotInReview(claimId);
        source.withdraw();
        sources.delete(source);
        renumber(claimId);
    }

    /** Moves a source one place up (towards the top) or down. */
    @Transactional
    public void move(long claimId, long sourceId, boolean up) {
        var ordered = sources.findByClaimIdOrderByPosition(claimId);
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == sourceId) {
                index = i;
            }
        }
        if (index < 0) {
            throw new WorkflowException("source.error.notFound");
        }
        requireNotPublished(claimId);
        requireNotInReview(claimId);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        var moving = new java.util.ArrayList<>(ordered);
        java.util.Collections.swap(moving, index, other);
        // positions are not unique in the database, so a plain renumbering needs no juggling
        for (int i = 0; i < moving.size(); i++) {
            moving.get(i).placeAt(i);
        }
        var moved = ordered.get(index);
        moved.moveTo(other);
        sources.saveAndFlush(moved);
    }

    public Source find(long claimId, long sourceId) {
        return load(claimId, sourceId);
    }

    /** A claim's sources in the order the editor put them. */
    public List<Source> sourcesOf(long claimId) {
        return sources.findByClaimIdOrderByPosition(claimId);
    }

    public Map<Long, Long> countsFor(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return sources.countByClaim(claimIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The source's latest recorded revision (who saved it, when): an edit opened now starts from it. */
    public Optional<Revision> latestRevision(long sourceId) {
        return AuditHistory.latestRevision(entityManager, Source.class, sourceId);
    }

    /** The source as one of its revisions left it: what an edit started from. */
    public Optional<Source> atRevision(long sourceId, int revision) {
        return AuditHistory.atRevision(entityManager, Source.class, sourceId, revision);
    }

    /** Every recorded change to the claim's sources, oldest first. */
    public List<Change> history(long claimId) {
        return AuditHistory.changes(
                entityManager,
                Source.class,
                "source",
                AuditEntity.property("claimId").eq(claimId),
                value -> null);
    }

    /** The rules a source keeps, refused by field: its addresses, when given, are web addresses. */
    public void check(NewSource request) {
        var problems = new LinkedHashMap<String, String>();
        if (!blankOrWebAddress(request.url())) {
            problems.put("url", "desk.error.url");
        }
        if (!blankOrWebAddress(request.archiveUrl())) {
            problems.put("archiveUrl", "desk.error.url");
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.onFields(problems);
        }
    }

    /** What readers see of a published claim changes only through a reviewed update. */
    private void requireNotPublished(long claimId) {
        if (published.isPublished(claimId)) {
            throw new WorkflowException("source.error.published");
        }
    }

    /** The reviewer approves the evidence the author submitted, so it holds still until review ends. */
    private void requireNotInReview(long claimId) {
        if (review.isInReview(claimId)) {
            throw new WorkflowException("source.error.frozen");
        }
    }

    private static boolean blankOrWebAddress(String url) {
        return url == null || url.isBlank() || CanonicalUrl.isValid(url);
    }

    private Source load(long claimId, long sourceId) {
        return sources.findById(sourceId)
                .filter(source -> source.getClaimId() == claimId)
                .orElseThrow(() -> new WorkflowException("source.error.notFound"));
    }

    private void renumber(long claimId) {
        var ordered = sources.findByClaimIdOrderByPosition(claimId);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt(i);
        }
        sources.flush();
    }
}

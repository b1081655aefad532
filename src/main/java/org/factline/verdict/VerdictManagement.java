package org.factline.verdict;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.evidence.EvidenceManagement;
import org.factline.shared.AuditHistory;
import org.factline.shared.Bilingual;
import org.factline.shared.Change;
import org.factline.shared.EditConflictException;
import org.factline.shared.Revision;
import org.factline.shared.WorkflowException;
import org.hibernate.Hibernate;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verdict module's API: rating scales, verdicts and their workflow. A verdict goes draft → in
 * review → published; a reviewer may send it back; a published verdict is never edited, a correction
 * supersedes it.
 */
@Service
@Transactional(readOnly = true)
public class VerdictManagement {

    public static final String DEFAULT_SCALE = "default";

    private final Verdicts verdicts;
    private final Ratings ratings;
    private final RatingScales scales;
    private final Clock clock;
    private final EditorialProperties editorial;
    private final EntityManager entityManager;
    private final EvidenceManagement evidence;
    private final RatedClaims claims;

    VerdictManagement(
            Verdicts verdicts,
            Ratings ratings,
            RatingScales scales,
            Clock clock,
            EditorialProperties editorial,
            EntityManager entityManager,
            EvidenceManagement evidence,
            RatedClaims claims) {
        this.verdicts = verdicts;
        this.ratings = ratings;
        this.scales = scales;
        this.clock = clock;
        this.editorial = editorial;
        this.entityManager = entityManager;
        this.evidence = evidence;
        this.claims = claims;
    }

    /**
     * Writes a claim's next verdict: a draft, or, when the claim has a published verdict, a correction
     * of it, which needs a public reason ({@code correctionReason}). Refused, naming the fields, when
     * the reason is missing or the rating is not of the claim's scale.
     */
    @Transactional
    public Verdict draftOrCorrect(NewVerdict request, String correctionReason) {
        boolean correction = verdicts.findByClaimIdAndStatus(request.claimId(), VerdictStatus.PUBLISHED)
                .isPresent();
        var problems = new LinkedHashMap<String, String>();
        if (correction && (correctionReason == null || correctionReason.isBlank())) {
            problems.put("correctionReason", "verdict.error.reasonRequired");
        }
        if (!ofClaimsScale(request.claimId(), request.ratingId())) {
            problems.put("ratingId", "verdict.error.unknownRating");
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.onFields(problems);
        }
        return correction ? correct(request.claimId(), request, correctionReason) : draft(request);
    }

    @Transactional
    public Verdict draft(NewVerdict request) {
        requireClaimsScale(request.claimId(), request.ratingId());
        if (verdicts.existsByClaimIdAndStatusIn(
                request.claimId(), List.of(VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW))) {
            throw new WorkflowException("verdict.error.openDraftExists");
        }
        var verdict = new Verdict(
                request.claimId(),
                rating(request.ratingId()),
                request.summary(),
                request.rationale(),
                request.authorId());
        return verdicts.saveAndFlush(verdict);
    }

    /** Starts a correction of the claim's published verdict; it replaces that verdict once published. */
    @Transactional
    public Verdict correct(long claimId, NewVerdict request, String reason) {
        var current = verdicts.findByClaimIdAndStatus(claimId, VerdictStatus.PUBLISHED)
                .orElseThrow(() -> new WorkflowException("verdict.error.notPublished"));
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.onField("correctionReason", "verdict.error.reasonRequired");
        }
        requireClaimsScale(claimId, request.ratingId());
        if (verdicts.existsByClaimIdAndStatusIn(claimId, List.of(VerdictStatus.DRAFT, VerdictStatus.IN_REVIEW))) {
            throw new WorkflowException("verdict.error.openDraftExists");
        }
        var correction = new Verdict(
                claimId, rating(request.ratingId()), request.summary(), request.rationale(), request.authorId());
        correction.supersede(current, reason);
        return verdicts.saveAndFlush(correction);
    }

    /**
     * Saves a draft's new rating and words; {@code editorId}, when not the author and something changed,
     * becomes a co-author and so may not review it.
     */
    @Transactional
    public Verdict revise(
            long verdictId,
            long expectedVersion,
            long ratingId,
            Bilingual summary,
            Bilingual rationale,
            long editorId) {
        var verdict = load(verdictId, expectedVersion);
        requireClaimsScale(verdict.getClaimId(), ratingId);
        verdict.revise(rating(ratingId), summary, rationale, editorId);
        verdicts.flush();
        return verdict;
    }

    /** Sends a draft for review; a verdict goes to review only with at least one source on its claim. */
    @Transactional
    public Verdict submit(long verdictId, long expectedVersion) {
        var claimId = verdicts.findById(verdictId)
                .orElseThrow(() -> new WorkflowException("verdict.error.notFound"))
                .getClaimId();
        if (evidence.sourcesOf(claimId).isEmpty()) {
            throw new WorkflowException("verdict.error.noSources");
        }
        var verdict = load(verdictId, expectedVersion);
        verdict.submit(clock.instant());
        return verdicts.saveAndFlush(verdict);
    }

    /** Sends a verdict in review back to its author with a comment; like publishing, it is another editor's step. */
    @Transactional
    public Verdict sendBack(long verdictId, long expectedVersion, long reviewerId, String comment) {
        if (comment != null && comment.length() > Verdict.REVIEW_COMMENT_MAX) {
            throw new WorkflowException("verdict.error.commentTooLong");
        }
        if (comment == null || comment.isBlank()) {
            throw new WorkflowException("verdict.error.commentRequired");
        }
        var verdict = load(verdictId, expectedVersion);
        verdict.sendBack(reviewerId, comment, editorial.authorMayPublish());
        return verdicts.saveAndFlush(verdict);
    }

    /**
     * Publishes a verdict reviewed by someone other than its author; a correction retires the verdict
     * it supersedes in the same transaction, and the claim is published with it.
     */
    @Transactional
    public Verdict publish(long verdictId, long expectedVersion, long reviewerId) {
        var verdict = load(verdictId, expectedVersion);
        if (verdict.getSupersedesId() != null) {
            verdicts.findById(verdict.getSupersedesId()).orElseThrow().markSuperseded();
            verdicts.flush();
        }
        verdict.publish(reviewerId, clock.instant(), editorial.authorMayPublish());
        return verdicts.saveAndFlush(verdict);
    }

    /** For loading reviewed material that needs no second pass (the demo data). */
    @Transactional
    public Verdict publishReviewed(long verdictId, long reviewerId) {
        var verdict = verdicts.findById(verdictId).orElseThrow();
        if (verdict.getStatus() == VerdictStatus.DRAFT) {
            verdict.submit(clock.instant());
        }
        verdict.publish(reviewerId, clock.instant(), false);
        return verdicts.saveAndFlush(verdict);
    }

    public Optional<Verdict> findById(long id) {
        return verdicts.findWithRatingById(id);
    }

    public Optional<Rating> findRating(long ratingId) {
        return ratings.findById(ratingId);
    }

    public Optional<Rating> rating(String scaleSlug, String code) {
        return ratings.findByScaleAndCode(scaleSlug, code);
    }

    public Optional<RatingScale> scale(String slug) {
        return scales.findBySlugWithRatings(slug);
    }

    public List<RatingScale> scales() {
        return scales.findAllWithRatings();
    }

    /** An admin's new wording, colour or icon for a rating; stale versions are a conflict. */
    @Transactional
    public Rating describeRating(long ratingId, long expectedVersion, RatingText text) {
        var rating = ratings.findById(ratingId).orElseThrow(() -> new WorkflowException("verdict.error.unknownRating"));
        return describeRating(ratingId, expectedVersion, text, rating.isOnScale());
    }

    /**
     * An admin's new wording, colour or icon for a rating, and whether it sits on the scale's true-to-false
     * line (see {@link Rating#isOnScale()}); stale versions are a conflict.
     */
    @Transactional
    public Rating describeRating(long ratingId, long expectedVersion, RatingText text, boolean onScale) {
        var rating = ratings.findById(ratingId).orElseThrow(() -> new WorkflowException("verdict.error.unknownRating"));
        if (rating.getVersion() != expectedVersion) {
            throw new EditConflictException("rating", rating.getVersion());
        }
        if (onScale) {
            requireOwnPlace(rating.getScale().getId(), rating.getId(), rating.getValue());
        }
        rating.describe(text);
        rating.place(onScale);
        return ratings.saveAndFlush(rating);
    }

    /** Adds a rating at the end of a scale, on its true-to-false line. */
    @Transactional
    public Rating addRating(long scaleId, String code, int value, RatingText text) {
        return addRating(scaleId, code, value, text, true);
    }

    /** Adds a rating at the end of a scale, on its true-to-false line or off it. */
    @Transactional
    public Rating addRating(long scaleId, String code, int value, RatingText text, boolean onScale) {
        var scale = scales.findById(scaleId).orElseThrow(() -> new WorkflowException("verdict.error.unknownScale"));
        if (ratings.findByScaleIdOrderByPosition(scaleId).stream()
                .anyMatch(r -> r.getCode().equals(code))) {
            throw new WorkflowException("admin.scales.error.codeTaken");
        }
        int position = ratings.findByScaleIdOrderByPosition(scaleId).stream()
                        .mapToInt(Rating::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        if (onScale) {
            requireOwnPlace(scaleId, null, value);
        }
        var rating = new Rating(scale, code, value, position);
        rating.describe(text);
        rating.place(onScale);
        return ratings.saveAndFlush(rating);
    }

    /**
     * Ratings on a scale's true-to-false line are ordered by their values, so two of them must not share
     * one: machines would read them as equally true.
     */
    private void requireOwnPlace(long scaleId, Long ratingId, int value) {
        if (ratings.findByScaleIdOrderByPosition(scaleId).stream()
                .anyMatch(other -> other.isOnScale()
                        && other.getValue() == value
                        && !other.getId().equals(ratingId))) {
            throw WorkflowException.onField("onScale", "admin.scales.error.valueTaken");
        }
    }

    public List<Rating> ratingsOfScale(long scaleId) {
        return ratings.findByScaleIdOrderByPosition(scaleId);
    }

    /** What readers may see of a claim's verdicts: the current one first, then those it superseded. */
    public List<Verdict> publicHistory(long claimId) {
        return verdicts.findPublicHistory(claimId);
    }

    /** Every verdict of a claim, drafts included, newest first: the desk's view. */
    public List<Verdict> allOf(long claimId) {
        return verdicts.findAllOf(claimId);
    }

    /** The current published verdict of each claim that has one. */
    public Map<Long, Verdict> currentVerdicts(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return verdicts.findCurrentFor(claimIds).stream()
                .collect(Collectors.toMap(Verdict::getClaimId, Function.identity()));
    }

    /** The newest verdict of each claim, whatever its status (the desk's "where is it" column). */
    public Map<Long, Verdict> latestVerdicts(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return verdicts.findAllFor(claimIds).stream()
                .collect(Collectors.toMap(Verdict::getClaimId, Function.identity(), (newer, older) -> newer));
    }

    /** Verdicts in review that the given person may review (not their own, unless allowed). */
    public List<Verdict> waitingForReviewBy(long reviewerId) {
        return verdicts.findInReview().stream()
                .filter(v -> editorial.authorMayPublish() || !v.isWrittenBy(reviewerId))
                .toList();
    }

    /** The author's verdicts sent back by a reviewer and not yet submitted again, latest first. */
    public List<Verdict> sentBackTo(long authorId) {
        return verdicts.findSentBackTo(authorId);
    }

    public List<Verdict> recentlyPublished(int limit) {
        return verdicts.findRecentlyPublished(org.springframework.data.domain.PageRequest.of(0, limit));
    }

    public boolean authorMayPublish() {
        return editorial.authorMayPublish();
    }

    /** The verdict's latest recorded revision (who saved it, when): an edit opened now starts from it. */
    public Optional<Revision> latestRevision(long verdictId) {
        return AuditHistory.latestRevision(entityManager, Verdict.class, verdictId);
    }

    /** The verdict as one of its revisions left it: what an edit started from. */
    public Optional<Verdict> atRevision(long verdictId, int revision) {
        var verdict = AuditHistory.atRevision(entityManager, Verdict.class, verdictId, revision);
        verdict.ifPresent(v -> Hibernate.initialize(v.getRating()));
        return verdict;
    }

    /** Every recorded change to the claim's verdicts, oldest first. */
    public List<Change> history(long claimId) {
        return AuditHistory.changes(
                entityManager,
                Verdict.class,
                "verdict",
                AuditEntity.property("claimId").eq(claimId),
                value -> value instanceof Rating rating ? rating : null);
    }

    private Verdict load(long verdictId, long expectedVersion) {
        var verdict = verdicts.findById(verdictId).orElseThrow(() -> new WorkflowException("verdict.error.notFound"));
        if (verdict.getVersion() != expectedVersion) {
            throw new EditConflictException("verdict", verdict.getVersion());
        }
        return verdict;
    }

    private boolean ofClaimsScale(long claimId, long ratingId) {
        var scaleId = claims.ratingScaleOf(claimId);
        return scaleId.isPresent()
                && ratings.findById(ratingId)
                        .filter(rating -> scaleId.get().equals(rating.getScale().getId()))
                        .isPresent();
    }

    private void requireClaimsScale(long claimId, long ratingId) {
        if (!ofClaimsScale(claimId, ratingId)) {
            throw WorkflowException.onField("ratingId", "verdict.error.unknownRating");
        }
    }

    private Rating rating(long ratingId) {
        return ratings.findById(ratingId).orElseThrow(() -> new WorkflowException("verdict.error.unknownRating"));
    }
}

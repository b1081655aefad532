package org.factline.verdict;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.factline.shared.Bilingual;
import org.factline.shared.WorkflowException;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A rating of a claim with its reasons. Once published it is never edited: a correction supersedes it.
 * Its steps through review register {@link VerdictSubmitted}, {@link VerdictSentBack} and
 * {@link VerdictPublished}, published by the repository's {@code save…} once the verdict is written.
 */
@Entity
@Audited
@Table(name = "verdict")
public class Verdict extends AbstractAggregateRoot<Verdict> {

    public static final int SUMMARY_MAX = 300;
    public static final int RATIONALE_MAX = 20_000;
    public static final int CORRECTION_REASON_MAX = 2000;
    public static final int REVIEW_COMMENT_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    @Column(name = "rating_scale_id")
    private long ratingScaleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Rating rating;

    /** The conclusion in English. */
    private String summary;

    /** The conclusion in Bahasa Indonesia. */
    @Column(name = "summary_id")
    private String summaryIndonesian;

    /** The reasons in English. */
    private String rationale;

    /** The reasons in Bahasa Indonesia. */
    @Column(name = "rationale_id")
    private String rationaleIndonesian;

    @Enumerated(EnumType.STRING)
    private VerdictStatus status = VerdictStatus.DRAFT;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    /** Everyone but the author who wrote any of its rating, summary or rationale: they may not review it. */
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verdict_author", joinColumns = @JoinColumn(name = "verdict_id"))
    @Column(name = "user_id")
    private Set<Long> coAuthorIds = new LinkedHashSet<>();

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** When it last went to review: the review queue's "submitted at", kept apart from the history. */
    @NotAudited
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "correction_reason")
    private String correctionReason;

    @NotAudited
    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Verdict() {}

    Verdict(long claimId, Rating rating, Bilingual summary, Bilingual rationale, long authorId) {
        this.claimId = claimId;
        this.rating = rating;
        this.ratingScaleId = rating.getScale().getId();
        write(summary, rationale);
        this.authorId = authorId;
    }

    /** A conclusion and reasons in one language at least; each may be written in the other one later. */
    private void write(Bilingual summary, Bilingual rationale) {
        var problems = new java.util.LinkedHashMap<String, String>();
        if (summary.isEmpty()) {
            problems.put("summary", "verdict.error.summaryRequired");
        }
        if (rationale.isEmpty()) {
            problems.put("rationale", "verdict.error.rationaleRequired");
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.onFields(problems);
        }
        this.summary = summary.english();
        this.summaryIndonesian = summary.indonesian();
        this.rationale = rationale.english();
        this.rationaleIndonesian = rationale.indonesian();
    }

    void supersede(Verdict earlier, String reason) {
        this.supersedesId = earlier.id;
        this.correctionReason = reason.trim();
    }

    /** A draft's new words; whoever changes another's becomes its co-author. */
    void revise(Rating rating, Bilingual summary, Bilingual rationale, long editorId) {
        requireStatus(VerdictStatus.DRAFT, "verdict.error.notDraft");
        boolean changed = !Objects.equals(this.rating.getId(), rating.getId())
                || !summaries().equals(summary)
                || !rationales().equals(rationale);
        write(summary, rationale);
        if (changed && editorId != authorId) {
            coAuthorIds.add(editorId);
        }
        this.rating = rating;
        this.ratingScaleId = rating.getScale().getId();
    }

    void submit(Instant at) {
        requireStatus(VerdictStatus.DRAFT, "verdict.error.notDraft");
        this.status = VerdictStatus.IN_REVIEW;
        this.submittedAt = at;
        registerEvent(new VerdictSubmitted(id, claimId));
    }

    void sendBack(long reviewerId, String comment, boolean authorMayReview) {
        requireStatus(VerdictStatus.IN_REVIEW, "verdict.error.notInReview");
        requireSecondPerson(reviewerId, authorMayReview);
        this.reviewerId = reviewerId;
        this.reviewComment = comment.trim();
        this.status = VerdictStatus.DRAFT;
        registerEvent(new VerdictSentBack(id, claimId));
    }

    void publish(long reviewerId, Instant at, boolean authorMayPublish) {
        requireStatus(VerdictStatus.IN_REVIEW, "verdict.error.notInReview");
        requireSecondPerson(reviewerId, authorMayPublish);
        this.reviewerId = reviewerId;
        this.status = VerdictStatus.PUBLISHED;
        this.publishedAt = at;
        registerEvent(new VerdictPublished(id, claimId, at));
    }

    void markSuperseded() {
        requireStatus(VerdictStatus.PUBLISHED, "verdict.error.notPublished");
        this.status = VerdictStatus.SUPERSEDED;
    }

    /**
     * Four eyes: the review is by someone who wrote none of it (neither its author nor a co-author), unless
     * the newsroom lets authors publish their own.
     */
    private void requireSecondPerson(long reviewerId, boolean authorMayReview) {
        if (authorMayReview) {
            return;
        }
        if (reviewerId == authorId) {
            throw new WorkflowException("verdict.error.ownVerdict");
        }
        if (coAuthorIds.contains(reviewerId)) {
            throw new WorkflowException("verdict.error.coAuthor");
        }
    }

    /** Whether this person wrote any of the verdict: its author or a co-author. */
    public boolean isWrittenBy(long userId) {
        return userId == authorId || coAuthorIds.contains(userId);
    }

    /** Its author first, then its co-authors in the order they joined. */
    public List<Long> getAuthorIds() {
        return Stream.concat(Stream.of(authorId), coAuthorIds.stream()).toList();
    }

    private void requireStatus(VerdictStatus required, String messageKey) {
        if (status != required) {
            throw new WorkflowException(messageKey);
        }
    }

    public boolean isCorrection() {
        return supersedesId != null;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public long getRatingScaleId() {
        return ratingScaleId;
    }

    public Rating getRating() {
        return rating;
    }

    /** The conclusion in English, or null. */
    public String getSummary() {
        return summary;
    }

    /** The conclusion in Bahasa Indonesia, or null. */
    public String getSummaryIndonesian() {
        return summaryIndonesian;
    }

    /** The reasons in English, or null. */
    public String getRationale() {
        return rationale;
    }

    /** The reasons in Bahasa Indonesia, or null. */
    public String getRationaleIndonesian() {
        return rationaleIndonesian;
    }

    public Bilingual summaries() {
        return new Bilingual(summary, summaryIndonesian);
    }

    public Bilingual rationales() {
        return new Bilingual(rationale, rationaleIndonesian);
    }

    public VerdictStatus getStatus() {
        return status;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getSupersedesId() {
        return supersedesId;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}

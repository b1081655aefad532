package org.factline.verdict;

import jakarta.persistence.Column;
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
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A rating of a claim with its reasons. Once published it is never edited: a correction supersedes it. */
@Entity
@Table(name = "verdict")
public class Verdict {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    @Column(name = "rating_scale_id")
    private long ratingScaleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id")
    private Rating rating;

    private String summary;

    private String rationale;

    @Enumerated(EnumType.STRING)
    private VerdictStatus status = VerdictStatus.DRAFT;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "supersedes_id")
    private Long supersedesId;

    @Column(name = "correction_reason")
    private String correctionReason;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Verdict() {}

    Verdict(long claimId, Rating rating, String summary, String rationale, long authorId) {
        this.claimId = claimId;
        this.rating = rating;
        this.ratingScaleId = rating.getScale().getId();
        this.summary = summary.trim();
        this.rationale = rationale.trim();
        this.authorId = authorId;
    }

    void supersede(Verdict earlier, String reason) {
        this.supersedesId = earlier.id;
        this.correctionReason = reason.trim();
    }

    void publish(long reviewerId, Instant at) {
        this.reviewerId = reviewerId;
        this.status = VerdictStatus.PUBLISHED;
        this.publishedAt = at;
    }

    void markSuperseded() {
        this.status = VerdictStatus.SUPERSEDED;
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

    public String getSummary() {
        return summary;
    }

    public String getRationale() {
        return rationale;
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

package org.factline.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.factline.verdict.Verdict;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A published claim taken off the public site in the open: the public reason, who did it and when, and
 * what readers had been shown (the claim as it was, its speaker with the role held then, the published
 * verdict), copied when it happened so that the notice at the claim's address never changes when the
 * claim is edited afterwards. Publishing the claim again ends it ({@link #getRepublishedAt()}); it stays
 * in the record. The history keeps its reason and its end (the copy is not audited: it never changes).
 */
@Entity
@Audited
@Table(name = "claim_retraction")
public class Retraction {

    /** The longest public reason, as the database allows it. */
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    private String reason;

    @NotAudited
    @Column(name = "retracted_at")
    private Instant retractedAt;

    @NotAudited
    @Column(name = "retracted_by")
    private Long retractedBy;

    @Column(name = "republished_at")
    private Instant republishedAt;

    @NotAudited
    private String slug;

    @NotAudited
    private String summary;

    @NotAudited
    @Column(name = "summary_id")
    private String summaryIndonesian;

    @NotAudited
    private String text;

    @NotAudited
    private String language;

    @NotAudited
    private String translation;

    @NotAudited
    @Column(name = "translation_language")
    private String translationLanguage;

    @NotAudited
    @Column(name = "speaker_name")
    private String speakerName;

    @NotAudited
    @Column(name = "speaker_role")
    private String speakerRole;

    @NotAudited
    @Embedded
    private SaidDate said;

    @NotAudited
    @Column(name = "said_where")
    private String saidWhere;

    @NotAudited
    @Column(name = "published_at")
    private Instant publishedAt;

    @NotAudited
    @Column(name = "rating_code")
    private String ratingCode;

    @NotAudited
    @Column(name = "rating_label_en")
    private String ratingLabelEn;

    @NotAudited
    @Column(name = "rating_label_id")
    private String ratingLabelId;

    @NotAudited
    @Column(name = "rating_icon")
    private String ratingIcon;

    @NotAudited
    @Column(name = "verdict_summary")
    private String verdictSummary;

    @NotAudited
    @Column(name = "verdict_summary_id")
    private String verdictSummaryIndonesian;

    @NotAudited
    @Column(name = "verdict_published_at")
    private Instant verdictPublishedAt;

    @Version
    private long version;

    protected Retraction() {}

    /** The retraction of a claim as readers see it now, with its published verdict (or null). */
    Retraction(Claim claim, String reason, Instant at, Long by, Verdict verdict) {
        this.claim = claim;
        this.reason = reason;
        this.retractedAt = at;
        this.retractedBy = by;
        this.slug = claim.getSlug();
        this.summary = claim.getSummary();
        this.summaryIndonesian = claim.getSummaryIndonesian();
        this.text = claim.getText();
        this.language = claim.getLanguage();
        this.translation = claim.getTranslation();
        this.translationLanguage = claim.getTranslationLanguage();
        this.speakerName = claim.getSpeaker().getName();
        this.speakerRole = claim.speakerRoleThen();
        this.said = SaidDate.of(claim.getSaid().getDate(), claim.getSaid().getPrecision());
        this.saidWhere = claim.getSaidWhere();
        this.publishedAt = claim.getPublishedAt();
        if (verdict != null) {
            var rating = verdict.getRating();
            this.ratingCode = rating.getCode();
            this.ratingLabelEn = rating.getLabelEn();
            this.ratingLabelId = rating.getLabelId();
            this.ratingIcon = rating.getIcon();
            this.verdictSummary = verdict.getSummary();
            this.verdictSummaryIndonesian = verdict.getSummaryIndonesian();
            this.verdictPublishedAt = verdict.getPublishedAt();
        }
    }

    /** Whether readers still get the notice: the claim has not been published again since. */
    public boolean isInForce() {
        return republishedAt == null;
    }

    void ended(Instant at) {
        if (republishedAt == null) {
            republishedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRetractedAt() {
        return retractedAt;
    }

    /** The editor who retracted it, by account id (null once their account is gone). */
    public Long getRetractedBy() {
        return retractedBy;
    }

    public Instant getRepublishedAt() {
        return republishedAt;
    }

    public String getSummary() {
        return summary;
    }

    /** The headline readers were shown, in both languages. */
    public org.factline.shared.Bilingual summaries() {
        return new org.factline.shared.Bilingual(summary, summaryIndonesian);
    }

    public String getRatingCode() {
        return ratingCode;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}

package org.factline.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.article.Article;
import org.factline.shared.Bilingual;
import org.factline.shared.PublicContentChanged;
import org.factline.shared.WorkflowException;
import org.factline.speaker.Speaker;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A statement as it was made, in its original language, and where it stands editorially.
 *
 * <p>A change readers can see (publishing, unpublishing, republishing, or editing a published claim, its
 * words, speaker, topics or appearances) registers {@link PublicContentChanged}, which the repository's
 * {@code save…} publishes once the claim is written: no caller has to remember it.
 */
@Entity
@Audited
@Table(name = "claim")
public class Claim extends AbstractAggregateRoot<Claim> {

    // length limits of what a claim holds, as the database allows them
    public static final int TEXT_MAX = 5000;
    public static final int TRANSLATION_MAX = 5000;
    /** Fact-checking tools show a claim's summary only when it is under 75 characters (ClaimReview). */
    public static final int SUMMARY_MAX = 75;

    public static final int SAID_WHERE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Speaker speaker;

    @Column(name = "rating_scale_id")
    private long ratingScaleId;

    private String text;

    private String language;

    private String translation;

    @Column(name = "translation_language")
    private String translationLanguage;

    /** The headline in English. */
    private String summary;

    /** The headline in Bahasa Indonesia. */
    @Column(name = "summary_id")
    private String summaryIndonesian;

    @Embedded
    private SaidDate said;

    @Column(name = "said_where")
    private String saidWhere;

    @Enumerated(EnumType.STRING)
    private ClaimStatus status = ClaimStatus.DRAFT;

    private String slug;

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "claim_topic",
            joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @OrderBy("name")
    private Set<Topic> topics = new LinkedHashSet<>();

    @NotAudited
    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Appearance> appearances = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("retractedAt desc, id desc")
    private List<Retraction> retractions = new ArrayList<>();

    @NotAudited
    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_by")
    private Long createdBy;

    /** The colleague the claim is assigned to (an account id), or {@code null}. */
    @Column(name = "assigned_to")
    private Long assignedTo;

    @Version
    private long version;

    protected Claim() {}

    Claim(
            Speaker speaker,
            long ratingScaleId,
            String text,
            String language,
            SaidDate said,
            String slug,
            Long createdBy) {
        this.createdBy = createdBy;
        this.speaker = speaker;
        this.ratingScaleId = ratingScaleId;
        this.text = text;
        this.language = language;
        this.said = said;
        this.slug = slug;
    }

    void translate(String translation, String translationLanguage) {
        changedForReaders();
        boolean none = translation == null || translation.isBlank();
        this.translation = none ? null : translation;
        this.translationLanguage = none ? null : translationLanguage;
    }

    void revise(Speaker speaker, String text, String language, SaidDate said) {
        changedForReaders();
        this.speaker = speaker;
        this.text = text;
        this.language = language;
        this.said = said;
    }

    /** The claim is now attributed to the speaker another one was merged into. */
    void attributeTo(Speaker kept) {
        changedForReaders();
        this.speaker = kept;
    }

    /** The claim has the topic another one was merged into instead of the merged one. */
    void moveTopic(Topic gone, Topic kept) {
        changedForReaders();
        topics.remove(gone);
        topics.add(kept);
    }

    void replaceTopics(java.util.Collection<Topic> newTopics) {
        changedForReaders();
        topics.clear();
        topics.addAll(newTopics);
    }

    /** Marks the claim as waiting for review, unless it is already public. */
    /**
     * Assigns the claim to a colleague ({@code null}: to no one); registers {@link ClaimAssigned} when it
     * changes hands. Returns whether it did.
     */
    boolean assignTo(Long assignee, Long by) {
        if (java.util.Objects.equals(assignedTo, assignee)) {
            return false;
        }
        assignedTo = assignee;
        if (assignee != null) {
            registerEvent(new ClaimAssigned(id, assignee, by));
        }
        return true;
    }

    void submitted() {
        if (status == ClaimStatus.DRAFT) {
            status = ClaimStatus.IN_REVIEW;
        }
    }

    /** Back to the reporter, unless the claim is already public (a correction was sent back). */
    void sentBack() {
        if (status == ClaimStatus.IN_REVIEW) {
            status = ClaimStatus.DRAFT;
        }
    }

    private void unpublish() {
        if (status != ClaimStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published claim can be unpublished");
        }
        changedForReaders();
        status = ClaimStatus.ARCHIVED;
    }

    /**
     * Takes the published claim off the public site in the open: readers then find a notice at its address
     * saying what was published (a copy of it as it is now, with its published {@code verdict}, or null),
     * when, and why it was withdrawn. Refused on {@code reason} when blank or too long.
     */
    Retraction retract(String reason, Instant at, Long by, org.factline.verdict.Verdict verdict) {
        if (status != ClaimStatus.PUBLISHED) {
            throw new WorkflowException("claim.error.notPublished");
        }
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty()) {
            throw WorkflowException.onField("reason", "claim.error.retractionReasonRequired");
        }
        if (stripped.codePointCount(0, stripped.length()) > Retraction.REASON_MAX) {
            throw WorkflowException.onField("reason", "claim.error.retractionReasonTooLong");
        }
        var retraction = new Retraction(this, stripped, at, by, verdict);
        retractions.add(0, retraction);
        unpublish();
        return retraction;
    }

    /** Publishes the unpublished claim again; a retraction in force ends then, and stays in the record. */
    void republish(Instant at) {
        if (status != ClaimStatus.ARCHIVED) {
            throw new IllegalStateException("Only an unpublished claim can be published again");
        }
        status = ClaimStatus.PUBLISHED;
        retractions.forEach(retraction -> retraction.ended(at));
        changedForReaders();
    }

    /** The headline in English and in Bahasa Indonesia; either may be missing. */
    void setSummary(String summary, String summaryIndonesian) {
        changedForReaders();
        this.summary = summary == null || summary.isBlank() ? null : summary.trim();
        this.summaryIndonesian =
                summaryIndonesian == null || summaryIndonesian.isBlank() ? null : summaryIndonesian.trim();
    }

    void setSaidWhere(String saidWhere) {
        changedForReaders();
        this.saidWhere = saidWhere == null || saidWhere.isBlank() ? null : saidWhere.trim();
    }

    void addTopic(Topic topic) {
        changedForReaders();
        topics.add(topic);
    }

    Appearance addAppearance(
            Article article, TextQuoteSelector selector, QuoteKind quoteKind, List<Attribution> chain) {
        var appearance = new Appearance(this, article, selector, quoteKind, chain);
        appearances.add(appearance);
        changedForReaders();
        return appearance;
    }

    /**
     * The article {@code from} was a copy of {@code to}: its appearances move there, and one that repeats
     * a quote this claim already has in {@code to} goes.
     */
    void moveAppearances(Article from, Article to) {
        var quotesThere = new java.util.HashSet<String>();
        appearances.stream()
                .filter(a -> a.getArticle().getId().equals(to.getId()))
                .forEach(a -> quotesThere.add(a.getQuote()));
        var moving = appearances.stream()
                .filter(a -> a.getArticle().getId().equals(from.getId()))
                .toList();
        for (var appearance : moving) {
            if (quotesThere.add(appearance.getQuote())) {
                appearance.moveTo(to);
            } else {
                appearances.remove(appearance);
            }
        }
        changedForReaders();
    }

    /** An article this claim was taken from changed its record: the page shows it. */
    void articleEdited() {
        changedForReaders();
    }

    /** A reviewed update of this published claim was published: its page shows the update's note. */
    void updatePublished() {
        changedForReaders();
    }

    /** Appearances were written for this claim in bulk, past this aggregate (the CSV import). */
    void appearancesRecorded() {
        changedForReaders();
    }

    void publish(Instant at) {
        if (summary == null && summaryIndonesian == null) {
            throw new WorkflowException("claim.error.summaryRequired");
        }
        status = ClaimStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = at;
        }
        changedForReaders();
    }

    /**
     * Registers the change for readers if they see this claim, once until it is saved: the first change
     * names the speaker and topics the claim had before, whose pages listed it too.
     */
    private void changedForReaders() {
        if (isPublished() && domainEvents().stream().noneMatch(PublicContentChanged.class::isInstance)) {
            registerEvent(PublicContentChanged.ofClaim(
                    id, speaker.getSlug(), topics.stream().map(Topic::getSlug).collect(Collectors.toSet())));
        }
    }

    public boolean isPublished() {
        return status == ClaimStatus.PUBLISHED;
    }

    /** The speaker's role when the claim was made, e.g. "Russian ambassador to North Korea". */
    public String speakerRoleThen() {
        return speaker.roleOn(said.getDate());
    }

    /** The path of the public page, e.g. /claims/12-korean-builders-could-rebuild-donbas. */
    public String path() {
        return "/claims/" + id + "-" + slug;
    }

    public Long getId() {
        return id;
    }

    public Speaker getSpeaker() {
        return speaker;
    }

    public long getRatingScaleId() {
        return ratingScaleId;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public String getTranslation() {
        return translation;
    }

    public String getTranslationLanguage() {
        return translationLanguage;
    }

    /** The headline in English, or null. */
    public String getSummary() {
        return summary;
    }

    /** The headline in Bahasa Indonesia, or null. */
    public String getSummaryIndonesian() {
        return summaryIndonesian;
    }

    /** The headline in both languages. */
    public Bilingual summaries() {
        return new Bilingual(summary, summaryIndonesian);
    }

    public SaidDate getSaid() {
        return said;
    }

    public String getSaidWhere() {
        return saidWhere;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getSlug() {
        return slug;
    }

    public Set<Topic> getTopics() {
        return Set.copyOf(topics);
    }

    public List<Topic> getTopicList() {
        return List.copyOf(topics);
    }

    public List<Appearance> getAppearances() {
        return List.copyOf(appearances);
    }

    /** Every time the claim was retracted, the latest first. */
    public List<Retraction> getRetractions() {
        return List.copyOf(retractions);
    }

    /** The retraction readers are shown at the claim's address, if it is unpublished in the open. */
    public Optional<Retraction> retractionInForce() {
        return status == ClaimStatus.PUBLISHED
                ? Optional.empty()
                : retractions.stream().filter(Retraction::isInForce).findFirst();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getAssignedTo() {
        return assignedTo;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}

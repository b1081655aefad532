package org.factline.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.factline.article.CanonicalUrl;
import org.factline.article.NewArticle;
import org.factline.evidence.NewSource;
import org.factline.shared.WorkflowException;
import org.factline.speaker.Speaker;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A change to what readers see of a published claim, held apart from the claim until another editor
 * publishes it (draft → in review → published, as a verdict goes): the claim as it is proposed to read,
 * and the public note readers are given ("Updated …: …"), or none for a minor fix. Published, it stays
 * as the claim's public record of the change.
 */
@Entity
@Table(name = "claim_update")
public class ClaimUpdate {

    public static final int PUBLIC_NOTE_MAX = 500;
    public static final int REVIEW_COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    @Enumerated(EnumType.STRING)
    private UpdateStatus status = UpdateStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;

    private String text;

    private String language;

    private String translation;

    @Column(name = "translation_language")
    private String translationLanguage;

    private String summary;

    @Column(name = "summary_id")
    private String summaryIndonesian;

    @Embedded
    private SaidDate said;

    @Column(name = "said_where")
    private String saidWhere;

    /** The topics' names, one per line ({@link TopicNames#format}). */
    private String topics;

    @Column(name = "public_note")
    private String publicNote;

    private boolean minor;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    /** Everyone but the author who saved any of it: they may not review it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_update_author", joinColumns = @JoinColumn(name = "update_id"))
    @Column(name = "user_id")
    private Set<Long> coAuthorIds = new LinkedHashSet<>();

    @Column(name = "review_comment")
    private String reviewComment;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** When it last went to review: the review queue's "submitted at". */
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "update", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProposedAppearance> appearances = new ArrayList<>();

    @OneToMany(mappedBy = "update", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SourceChange> sourceChanges = new ArrayList<>();

    @Version
    private long version;

    protected ClaimUpdate() {}

    ClaimUpdate(long claimId, long authorId) {
        this.claimId = claimId;
        this.authorId = authorId;
    }

    /** The claim as proposed, and the note; only while drafted (an update in review holds still). */
    void propose(Speaker speaker, ClaimRevision revision, String publicNote, boolean minor) {
        requireStatus(UpdateStatus.DRAFT, "update.error.notDraft");
        this.speaker = speaker;
        this.text = revision.text().strip();
        this.language = revision.language();
        boolean untranslated = blank(revision.translation());
        this.translation = untranslated ? null : revision.translation().strip();
        this.translationLanguage = untranslated ? null : revision.translationLanguage();
        this.summary = blank(revision.summary()) ? null : revision.summary().strip();
        this.summaryIndonesian = blank(revision.summaryIndonesian())
                ? null
                : revision.summaryIndonesian().strip();
        this.said = SaidDate.of(revision.saidOn(), revision.datePrecision());
        this.saidWhere =
                blank(revision.saidWhere()) ? null : revision.saidWhere().strip();
        this.topics = TopicNames.format(revision.topics());
        note(publicNote, minor);
    }

    /** An appearance to add when the update is published; the same quote in the same article only once. */
    void addAppearance(NewArticle article, NewAppearance appearance) {
        requireStatus(UpdateStatus.DRAFT, "update.error.notDraft");
        var url = CanonicalUrl.of(article.url());
        if (appearances.stream()
                .anyMatch(a -> CanonicalUrl.of(a.getArticleUrl()).equals(url)
                        && a.getQuote().equals(appearance.quote().strip()))) {
            throw WorkflowException.onField("quote", "desk.error.duplicateAppearance");
        }
        appearances.add(new ProposedAppearance(this, article, appearance));
    }

    /**
     * A change to the claim's sources when the update is published: a new source ({@code sourceId} null),
     * new values for one, or its withdrawal ({@code values} null); a later change of the same source
     * replaces the earlier one.
     */
    void changeSource(Long sourceId, NewSource values) {
        requireStatus(UpdateStatus.DRAFT, "update.error.notDraft");
        var action = sourceId == null
                ? SourceChange.Action.ADD
                : values == null ? SourceChange.Action.REMOVE : SourceChange.Action.EDIT;
        if (sourceId != null) {
            sourceChanges.removeIf(change -> sourceId.equals(change.getSourceId()));
        }
        sourceChanges.add(new SourceChange(this, action, sourceId, values));
    }

    void withdrawSourceChange(long changeId) {
        requireStatus(UpdateStatus.DRAFT, "update.error.notDraft");
        if (!sourceChanges.removeIf(c -> c.getId() == changeId)) {
            throw new WorkflowException("update.error.notFound");
        }
    }

    void removeAppearance(long proposedId) {
        requireStatus(UpdateStatus.DRAFT, "update.error.notDraft");
        if (!appearances.removeIf(a -> a.getId() == proposedId)) {
            throw new WorkflowException("update.error.notFound");
        }
    }

    void submit(Instant at) {
        requireStatus(UpdateStatus.DRAFT, "update.error.notDraft");
        requireNote();
        status = UpdateStatus.IN_REVIEW;
        submittedAt = at;
    }

    void sendBack(long reviewerId, String comment, boolean authorMayReview) {
        requireStatus(UpdateStatus.IN_REVIEW, "update.error.notInReview");
        requireSecondPerson(reviewerId, authorMayReview);
        this.reviewerId = reviewerId;
        this.reviewComment = comment.strip();
        status = UpdateStatus.DRAFT;
    }

    /**
     * Published by someone other than its author (unless the newsroom lets authors publish their own),
     * with the note the reviewer settles on: required unless the reviewer marks it a minor fix.
     */
    void publish(long reviewerId, Instant at, String publicNote, boolean minor, boolean authorMayPublish) {
        requireStatus(UpdateStatus.IN_REVIEW, "update.error.notInReview");
        requireSecondPerson(reviewerId, authorMayPublish);
        note(publicNote, minor);
        requireNote();
        this.reviewerId = reviewerId;
        this.status = UpdateStatus.PUBLISHED;
        this.publishedAt = at;
    }

    private void note(String publicNote, boolean minor) {
        this.minor = minor;
        this.publicNote = minor || blank(publicNote) ? null : publicNote.strip();
    }

    /** Readers are told what changed, unless it is a minor fix. */
    private void requireNote() {
        if (!minor && publicNote == null) {
            throw WorkflowException.onField("publicNote", "update.error.noteRequired");
        }
    }

    /** Someone saved part of it: anyone but its author becomes a co-author. */
    void writtenBy(long userId) {
        if (userId != authorId) {
            coAuthorIds.add(userId);
        }
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
            throw new WorkflowException("update.error.ownUpdate");
        }
        if (coAuthorIds.contains(reviewerId)) {
            throw new WorkflowException("update.error.coAuthor");
        }
    }

    /** Whether this person wrote any of the update: its author or a co-author. */
    public boolean isWrittenBy(long userId) {
        return userId == authorId || coAuthorIds.contains(userId);
    }

    /** Its author first, then its co-authors. */
    public List<Long> getAuthorIds() {
        return Stream.concat(Stream.of(authorId), coAuthorIds.stream()).toList();
    }

    private void requireStatus(UpdateStatus expected, String messageKey) {
        if (status != expected) {
            throw new WorkflowException(messageKey);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The proposed claim as a revision the claim module applies. */
    ClaimRevision toRevision() {
        return new ClaimRevision(
                speaker.getId(),
                text,
                language,
                translation,
                translationLanguage,
                summary,
                summaryIndonesian,
                said.getDate(),
                said.getPrecision(),
                saidWhere,
                getTopicNames());
    }

    public List<ProposedAppearance> getAppearances() {
        return List.copyOf(appearances);
    }

    public List<SourceChange> getSourceChanges() {
        return List.copyOf(sourceChanges);
    }

    public boolean isDraft() {
        return status == UpdateStatus.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public UpdateStatus getStatus() {
        return status;
    }

    public Speaker getSpeaker() {
        return speaker;
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

    public String getSummary() {
        return summary;
    }

    public String getSummaryIndonesian() {
        return summaryIndonesian;
    }

    public SaidDate getSaid() {
        return said;
    }

    public String getSaidWhere() {
        return saidWhere;
    }

    public List<String> getTopicNames() {
        return TopicNames.parse(topics);
    }

    public String getPublicNote() {
        return publicNote;
    }

    public boolean isMinor() {
        return minor;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public String getReviewComment() {
        return reviewComment;
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

    public long getVersion() {
        return version;
    }
}

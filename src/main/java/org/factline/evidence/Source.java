package org.factline.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.factline.shared.PublicContentChanged;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A piece of evidence attached to a claim, with what it does to the claim.
 *
 * <p>Attaching, editing, moving or withdrawing a source registers {@link PublicContentChanged} for its
 * claim, published by the repository's {@code saveAndFlush} or {@code delete} (which writes at once). The source does
 * not know whether its claim is public: the event says that the claim's public content may have
 * changed, and its readers (page cache, search) look at the claim.
 */
@Entity
@Audited
@Table(name = "source")
public class Source extends AbstractAggregateRoot<Source> {

    public static final int TITLE_MAX = 500;
    public static final int PUBLISHER_MAX = 200;
    public static final int EXCERPT_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id")
    private long claimId;

    private int position;

    private String url;

    private String title;

    private String publisher;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    private SourceKind kind;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String excerpt;

    @Column(name = "archive_url")
    private String archiveUrl;

    @Column(name = "accessed_at")
    private Instant accessedAt;

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

    protected Source() {}

    Source(long claimId, int position, NewSource request) {
        this.claimId = claimId;
        this.position = position;
        apply(request);
    }

    void apply(NewSource request) {
        this.url = blankToNull(request.url());
        this.title = request.title().trim();
        this.publisher = blankToNull(request.publisher());
        this.publishedOn = request.publishedOn();
        this.kind = request.kind();
        this.stance = request.stance();
        this.excerpt = blankToNull(request.excerpt());
        this.archiveUrl = blankToNull(request.archiveUrl());
        this.accessedAt = request.accessedAt();
        changedForReaders();
    }

    /** The editor moved this source up or down the claim's list. */
    void moveTo(int position) {
        placeAt(position);
        changedForReaders();
    }

    /** Renumbering that follows another source's move or withdrawal, which announces the change. */
    void placeAt(int position) {
        this.position = position;
    }

    /** Taken off its claim: to be deleted. */
    void withdraw() {
        changedForReaders();
    }

    private void changedForReaders() {
        if (domainEvents().stream().noneMatch(PublicContentChanged.class::isInstance)) {
            registerEvent(PublicContentChanged.ofClaim(claimId));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getId() {
        return id;
    }

    public long getClaimId() {
        return claimId;
    }

    public int getPosition() {
        return position;
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public SourceKind getKind() {
        return kind;
    }

    public Stance getStance() {
        return stance;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public String getArchiveUrl() {
        return archiveUrl;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }

    public long getVersion() {
        return version;
    }
}

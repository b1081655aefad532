package org.factline.claim;

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
import java.time.Instant;
import java.time.LocalDate;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;

/**
 * A change an update of a published claim makes to its sources, held with the update until it is
 * published: a source to add, a source's new values, or a source to withdraw.
 */
@Entity
@Table(name = "claim_update_source")
public class SourceChange {

    public enum Action {
        ADD,
        EDIT,
        REMOVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    private ClaimUpdate update;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "source_id")
    private Long sourceId;

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

    protected SourceChange() {}

    SourceChange(ClaimUpdate update, Action action, Long sourceId, NewSource values) {
        this.update = update;
        this.action = action;
        this.sourceId = sourceId;
        if (values != null) {
            this.url = values.url();
            this.title = values.title();
            this.publisher = values.publisher();
            this.publishedOn = values.publishedOn();
            this.kind = values.kind();
            this.stance = values.stance();
            this.excerpt = values.excerpt();
            this.archiveUrl = values.archiveUrl();
            this.accessedAt = values.accessedAt();
        }
    }

    /** The source's values as proposed; null for a withdrawal. */
    public NewSource values() {
        return action == Action.REMOVE
                ? null
                : new NewSource(url, title, publisher, publishedOn, kind, stance, excerpt, archiveUrl, accessedAt);
    }

    public Long getId() {
        return id;
    }

    public Action getAction() {
        return action;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }
}

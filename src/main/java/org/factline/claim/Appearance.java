package org.factline.claim;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factline.article.Article;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A claim appearing in an article, with the exact words anchored in that article's text. */
@Entity
@Audited
@Table(name = "appearance")
public class Appearance {

    public static final int QUOTE_MAX = 5000;
    public static final int QUOTE_CONTEXT_MAX = 300;
    public static final int MISMATCH_NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Article article;

    private String quote;

    @Column(name = "quote_prefix")
    private String quotePrefix;

    @Column(name = "quote_suffix")
    private String quoteSuffix;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_kind")
    private QuoteKind quoteKind;

    /** From the reporting article back to the origin: index 0 is whom the article cites. */
    @ElementCollection
    @CollectionTable(name = "appearance_attribution", joinColumns = @JoinColumn(name = "appearance_id"))
    @OrderColumn(name = "position")
    private List<Attribution> chain = new ArrayList<>();

    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "quote_mismatch")
    private QuoteMismatch quoteMismatch;

    @NotAudited
    @Column(name = "quote_mismatch_note")
    private String quoteMismatchNote;

    @NotAudited
    @Column(name = "quote_mismatch_since")
    private Instant quoteMismatchSince;

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

    protected Appearance() {}

    Appearance(Claim claim, Article article, TextQuoteSelector selector, QuoteKind quoteKind, List<Attribution> chain) {
        this.claim = claim;
        this.article = article;
        this.quote = selector.exact();
        this.quotePrefix = blankToNull(selector.prefix());
        this.quoteSuffix = blankToNull(selector.suffix());
        this.quoteKind = quoteKind;
        this.chain = new ArrayList<>(chain);
    }

    /** Whether this is a direct quote that the article's stored text does not hold (or no longer holds). */
    boolean quoteMissingFrom(String body) {
        return quoteKind == QuoteKind.DIRECT
                && body != null
                && !new TextQuoteSelector(quotePrefix, quote, quoteSuffix).foundIn(body);
    }

    /** Marks the quote as not in its article's stored text; a mark already there (with its note) stays. */
    /** The article was a copy of this one: the appearance is now in it. */
    void moveTo(Article article) {
        this.article = article;
    }

    void flagQuoteMismatch(QuoteMismatch why, String note, Instant at) {
        if (quoteMismatch == null) {
            this.quoteMismatch = why;
            this.quoteMismatchNote = blankToNull(note == null ? null : note.strip());
            this.quoteMismatchSince = at;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The chain as a reader follows it, origin first and the reporting outlet last. */
    public List<String> chainFromOrigin() {
        var names = new ArrayList<String>(chain.size() + 1);
        for (int i = chain.size() - 1; i >= 0; i--) {
            names.add(chain.get(i).getName());
        }
        names.add(article.getOutlet());
        return names;
    }

    public Long getId() {
        return id;
    }

    public Claim getClaim() {
        return claim;
    }

    public Article getArticle() {
        return article;
    }

    public String getQuote() {
        return quote;
    }

    public String getQuotePrefix() {
        return quotePrefix;
    }

    public String getQuoteSuffix() {
        return quoteSuffix;
    }

    public QuoteKind getQuoteKind() {
        return quoteKind;
    }

    public List<Attribution> getChain() {
        return List.copyOf(chain);
    }

    /** Why this direct quote stands though its article's stored text does not hold it; null when it does. */
    public QuoteMismatch getQuoteMismatch() {
        return quoteMismatch;
    }

    public String getQuoteMismatchNote() {
        return quoteMismatchNote;
    }

    public Instant getQuoteMismatchSince() {
        return quoteMismatchSince;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

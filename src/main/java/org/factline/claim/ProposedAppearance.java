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
import java.util.List;
import java.util.stream.Collectors;
import org.factline.article.NewArticle;

/**
 * An appearance an update of a published claim adds, held with the update until it is published: the
 * article by its address (recorded then, when new) and the quote as typed.
 */
@Entity
@Table(name = "claim_update_appearance")
public class ProposedAppearance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    private ClaimUpdate update;

    @Column(name = "article_url")
    private String articleUrl;

    @Column(name = "article_title")
    private String articleTitle;

    @Column(name = "article_outlet")
    private String articleOutlet;

    private String quote;

    @Column(name = "quote_prefix")
    private String quotePrefix;

    @Column(name = "quote_suffix")
    private String quoteSuffix;

    @Enumerated(EnumType.STRING)
    @Column(name = "quote_kind")
    private QuoteKind quoteKind;

    /** The "as reported by" chain, nearest first, one "name | address" per line, as {@link Chains} reads it. */
    private String chain;

    @Column(name = "stored_text_differs")
    private boolean storedTextDiffers;

    @Column(name = "stored_text_note")
    private String storedTextNote;

    protected ProposedAppearance() {}

    ProposedAppearance(ClaimUpdate update, NewArticle article, NewAppearance appearance) {
        this.update = update;
        this.articleUrl = article.url().strip();
        this.articleTitle = blank(article.title()) ? null : article.title().strip();
        this.articleOutlet = blank(article.outlet()) ? null : article.outlet().strip();
        this.quote = appearance.quote().strip();
        this.quotePrefix = appearance.quotePrefix();
        this.quoteSuffix = appearance.quoteSuffix();
        this.quoteKind = appearance.quoteKind();
        this.chain = appearance.chain().stream()
                .map(link -> link.getUrl() == null ? link.getName() : link.getName() + " | " + link.getUrl())
                .collect(Collectors.joining("\n"));
        this.storedTextDiffers = appearance.storedTextDiffers();
        this.storedTextNote =
                appearance.storedTextDiffers() ? appearance.storedTextNote().strip() : null;
    }

    /** The article as the desk's form gave it, should it be new when the update is published. */
    NewArticle article(long authorId, java.time.Instant now) {
        return new NewArticle(
                articleUrl, articleTitle, articleOutlet, List.of(), null, "id", null, now, null, authorId);
    }

    /**
     * The appearance as proposed; its article is the one at {@link #getArticleUrl()}. Without the words
     * around the quote (the desk's form asks none), they are taken from the article's stored text.
     */
    NewAppearance appearance() {
        return new NewAppearance(
                0, quote, quotePrefix, quoteSuffix, quoteKind, getChain(), storedTextDiffers, storedTextNote);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getArticleUrl() {
        return articleUrl;
    }

    public String getArticleTitle() {
        return articleTitle;
    }

    public String getArticleOutlet() {
        return articleOutlet;
    }

    public String getQuote() {
        return quote;
    }

    public QuoteKind getQuoteKind() {
        return quoteKind;
    }

    /** The chain, nearest first. */
    public List<Attribution> getChain() {
        return Chains.parse(chain).orElse(List.of());
    }

    /** The chain as readers will read it, from the origin to the article's outlet. */
    public List<String> chainFromOrigin() {
        var names = new java.util.ArrayList<>(
                getChain().stream().map(Attribution::getName).toList());
        java.util.Collections.reverse(names);
        if (articleOutlet != null) {
            names.add(articleOutlet);
        }
        return names;
    }

    public boolean isStoredTextDiffers() {
        return storedTextDiffers;
    }

    public String getStoredTextNote() {
        return storedTextNote;
    }
}

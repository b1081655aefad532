package org.factline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A published piece that claims are taken from. */
@Entity
@Audited
@Table(name = "article")
public class Article extends AbstractAggregateRoot<Article> {

    // length limits of what an article holds, as the database allows them
    public static final int TITLE_MAX = 500;
    public static final int OUTLET_MAX = 200;
    public static final int AUTHORS_MAX = 500;
    public static final int EDITOR_MAX = 200;
    public static final int BODY_MAX = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String url;

    @Column(name = "normalized_url")
    private String normalizedUrl;

    private String title;

    private String outlet;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] authors = new String[0];

    private String editor;

    private String language;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retrieved_at")
    private Instant retrievedAt;

    private String body;

    @Column(name = "body_sha256")
    private String bodySha256;

    @Column(name = "created_by")
    private Long createdBy;

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

    protected Article() {}

    Article(String url, String title, String outlet, List<String> authors, String editor, String language) {
        this.url = CanonicalUrl.clean(url);
        this.normalizedUrl = CanonicalUrl.of(url);
        this.title = title;
        this.outlet = outlet;
        this.authors = authors.toArray(String[]::new);
        this.editor = editor;
        this.language = language;
    }

    void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    void setRetrievedAt(Instant retrievedAt) {
        this.retrievedAt = retrievedAt;
    }

    /** Keeps the text as retrieved, with its SHA-256 so later changes to the original can be noticed. */
    void setBody(String body) {
        this.body = body == null || body.isBlank() ? null : body;
        this.bodySha256 = this.body == null ? null : sha256(this.body);
    }

    /** Replaces the stored text; when it differs from what was stored, says so ({@link ArticleTextChanged}). */
    void replaceBody(String body) {
        var before = bodySha256;
        setBody(body);
        if (!Objects.equals(before, bodySha256)) {
            registerEvent(new ArticleTextChanged(id));
        }
    }

    /** Takes the form's record; when anything readers see of it changed, says so ({@link ArticleEdited}). */
    void edit(ArticleEdit edit) {
        var before = readersSee();
        this.url = CanonicalUrl.clean(edit.url());
        this.normalizedUrl = CanonicalUrl.of(edit.url());
        this.title = edit.title();
        this.outlet = edit.outlet();
        this.authors = edit.authors().toArray(String[]::new);
        this.editor = edit.editor();
        this.language = edit.language();
        this.publishedAt = edit.publishedAt();
        if (!before.equals(readersSee())) {
            registerEvent(new ArticleEdited(id));
        }
        replaceBody(edit.body());
    }

    private List<Object> readersSee() {
        return Arrays.asList(url, title, outlet, List.of(authors), editor, language, publishedAt);
    }

    static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    public String getNormalizedUrl() {
        return normalizedUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getOutlet() {
        return outlet;
    }

    public List<String> getAuthors() {
        return List.of(authors);
    }

    public String getEditor() {
        return editor;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetrievedAt() {
        return retrievedAt;
    }

    public String getBody() {
        return body;
    }

    public String getBodySha256() {
        return bodySha256;
    }

    public long getVersion() {
        return version;
    }
}

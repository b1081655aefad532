package org.factline.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.factline.shared.WorkflowException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The article module's API. */
@Service
@Transactional(readOnly = true)
public class ArticleManagement {

    private final Articles articles;

    ArticleManagement(Articles articles) {
        this.articles = articles;
    }

    /**
     * Records an article, or returns the one already recorded under the same canonical URL. Refused,
     * naming the fields, when the URL is not a web address or a new article has no title or outlet.
     */
    @Transactional
    public Article record(NewArticle request) {
        if (!CanonicalUrl.isValid(request.url())) {
            throw WorkflowException.onField("url", "desk.error.url");
        }
        var existing = articles.findByNormalizedUrl(CanonicalUrl.of(request.url()));
        if (existing.isPresent()) {
            return existing.get();
        }
        var problems = new LinkedHashMap<String, String>();
        if (request.title() == null || request.title().isBlank()) {
            problems.put("title", "desk.error.newArticleTitle");
        }
        if (request.outlet() == null || request.outlet().isBlank()) {
            problems.put("outlet", "desk.error.newArticleOutlet");
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.onFields(problems);
        }
        var article = new Article(
                request.url(),
                request.title(),
                request.outlet(),
                request.authors(),
                request.editor(),
                request.language());
        article.setPublishedAt(request.publishedAt());
        article.setRetrievedAt(request.retrievedAt());
        article.setBody(request.body());
        article.setCreatedBy(request.createdBy());
        return articles.save(article);
    }

    /**
     * Replaces an article's stored text (blank removes it), as when the original was corrected. The quotes
     * anchored in it are then checked again by whoever recorded them ({@link ArticleTextChanged}). Refused on
     * {@code body} when the text is longer than an article may hold.
     */
    @Transactional
    public Article replaceText(long articleId, String body) {
        if (body != null && body.length() > Article.BODY_MAX) {
            throw WorkflowException.onField("body", "article.error.bodyTooLong");
        }
        var article =
                articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        article.replaceBody(body);
        return articles.save(article);
    }

    /**
     * Changes an article's record and stored text as the desk's form holds them, when it is still at the
     * version the form was opened at. Refused on {@code url} when the address is not one or is another
     * article's (the two are then merged instead), on {@code body} when the text is too long. The claims
     * taken from it are told ({@link ArticleEdited}, and {@link ArticleTextChanged} for a new text).
     */
    @Transactional
    public Article edit(long articleId, long version, ArticleEdit edit) {
        if (!CanonicalUrl.isValid(edit.url())) {
            throw WorkflowException.onField("url", "desk.error.url");
        }
        if (edit.body() != null && edit.body().length() > Article.BODY_MAX) {
            throw WorkflowException.onField("body", "article.error.bodyTooLong");
        }
        var article =
                articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        if (article.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Article.class, articleId);
        }
        var other = articles.findByNormalizedUrl(CanonicalUrl.of(edit.url()));
        if (other.isPresent() && !other.get().getId().equals(articleId)) {
            throw WorkflowException.onField("url", "desk.article.error.urlTaken");
        }
        article.edit(edit);
        return articles.saveAndFlush(article);
    }

    /**
     * Deletes an article. Only for one nothing is recorded from: the claim module, which knows, asks first
     * ({@code ArticleRecords}), and the database refuses it otherwise.
     */
    @Transactional
    public void delete(long articleId) {
        articles.deleteById(articleId);
        articles.flush();
    }

    public Optional<Article> findById(long id) {
        return articles.findById(id);
    }

    public List<Article> recent(int limit) {
        return articles.findAll(PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id")))
                .getContent();
    }

    public Optional<Article> findByUrl(String url) {
        return CanonicalUrl.isValid(url) ? articles.findByNormalizedUrl(CanonicalUrl.of(url)) : Optional.empty();
    }
}

package org.factline.claim;

import org.factline.article.ArticleManagement;
import org.factline.shared.WorkflowException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the desk's articles tidy where the claims recorded from them are concerned: merging a copy of
 * an article into it, deleting one nothing is recorded from. Here, in the module that owns appearances,
 * so that the appearances move and the article goes in one transaction.
 */
@Service
public class ArticleRecords {

    private final ArticleManagement articles;
    private final Claims claims;

    ArticleRecords(ArticleManagement articles, Claims claims) {
        this.articles = articles;
        this.claims = claims;
    }

    /**
     * Merges {@code duplicateId} into {@code keptId}: every appearance in the copy moves to the kept article
     * (one that repeats a quote its claim already has there goes), each claim's page says so, and the copy
     * is deleted; an editor's task. Refused on {@code other} when the two are the same article.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void merge(long keptId, long duplicateId) {
        if (keptId == duplicateId) {
            throw WorkflowException.onField("other", "desk.article.error.mergeSelf");
        }
        var kept = articles.findById(keptId).orElseThrow(() -> new IllegalArgumentException("No article " + keptId));
        var duplicate = articles.findById(duplicateId)
                .orElseThrow(() -> new IllegalArgumentException("No article " + duplicateId));
        for (var claim : claims.findByArticle(duplicateId)) {
            claim.moveAppearances(duplicate, kept);
            claims.saveAndFlush(claim);
        }
        articles.delete(duplicateId);
    }

    /** Deletes an article nothing is recorded from (an editor's task); refused when a claim was taken from it. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public void delete(long articleId) {
        if (!claims.findByArticle(articleId).isEmpty()) {
            throw new WorkflowException("desk.article.error.hasClaims");
        }
        articles.delete(articleId);
    }

    /** The claims taken from an edited article: their pages show its record. */
    @Transactional
    public void articleEdited(long articleId) {
        for (var claim : claims.findByArticle(articleId)) {
            claim.articleEdited();
            claims.saveAndFlush(claim);
        }
    }
}

package org.factline.claim;

import org.factline.article.ArticleEdited;
import org.factline.article.ArticleTextChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks the quotes recorded from an article again when its stored text changes, inside the change's
 * transaction, so that no quote the new text lacks goes unflagged.
 */
@Component
class ArticleTextListener {

    private final ClaimManagement management;
    private final ArticleRecords records;

    ArticleTextListener(ClaimManagement management, ArticleRecords records) {
        this.management = management;
        this.records = records;
    }

    /** The claims taken from an article whose record changed tell readers' pages, in the same transaction. */
    @EventListener
    void on(ArticleEdited event) {
        records.articleEdited(event.articleId());
    }

    @EventListener
    void on(ArticleTextChanged event) {
        management.recheckQuotes(event.articleId());
    }
}

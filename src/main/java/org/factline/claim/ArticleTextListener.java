package org.factline.claim;

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

    ArticleTextListener(ClaimManagement management) {
        this.management = management;
    }

    @EventListener
    void on(ArticleTextChanged event) {
        management.recheckQuotes(event.articleId());
    }
}

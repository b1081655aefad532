package org.factline.search;

import org.factline.shared.PublicContentChanged;
import org.factline.verdict.VerdictPublished;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search document of a claim in step with what readers see. Runs inside the transaction
 * that published or changed the claim, so search never lags behind the claim page.
 */
@Component
class SearchIndex {

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(VerdictPublished event) {
        reindex(event.claimId());
    }

    @EventListener
    void on(PublicContentChanged event) {
        if (event.claimId() != null) {
            reindex(event.claimId());
        }
    }

    void reindex(long claimId) {
        jdbc.sql("""
                        insert into search_document (claim_id, document, updated_at)
                        select id, search_document_of(id), now() from claim where id = :id
                        on conflict (claim_id) do update set document = excluded.document, updated_at = excluded.updated_at""").param("id", claimId).update();
    }
}

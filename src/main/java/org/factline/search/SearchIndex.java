package org.factline.search;

import org.factline.shared.PublicContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search document of a claim in step with what readers see. Runs inside the transaction
 * that published or changed the claim, after the claim's aggregate was written, so search never lags
 * behind the claim page.
 */
@Component
class SearchIndex {

    private final JdbcClient jdbc;

    SearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claim went public, changed, or left the public site (archived): its document follows. */
    @EventListener
    void on(PublicContentChanged event) {
        if (event.changedSpeaker() != null) {
            // a speaker's name or aliases are in the documents of their published claims
            jdbc.sql("select c.id from claim c join speaker s on s.id = c.speaker_id"
                            + " where s.slug = :slug and c.status = 'PUBLISHED'")
                    .param("slug", event.changedSpeaker())
                    .query(Long.class)
                    .list()
                    .forEach(this::reindex);
            return;
        }
        if (event.claimId() == null) {
            return;
        }
        boolean published = jdbc.sql("select exists (select 1 from claim where id = :id and status = 'PUBLISHED')")
                .param("id", event.claimId())
                .query(Boolean.class)
                .single();
        if (published) {
            reindex(event.claimId());
        } else {
            jdbc.sql("delete from search_document where claim_id = :id")
                    .param("id", event.claimId())
                    .update();
        }
    }

    void reindex(long claimId) {
        jdbc.sql("""
                        insert into search_document (claim_id, document, published_at, updated_at)
                        select id, search_document_of(id), published_at, now() from claim where id = :id
                        on conflict (claim_id) do update
                        set document = excluded.document, published_at = excluded.published_at,
                            updated_at = excluded.updated_at""").param("id", claimId).update();
    }
}

package org.factline.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factline.publishing.PageScopes;
import org.factline.publishing.PublishedPages;
import org.factline.shared.PublicContentChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reader pages kept in the page store, as the publishing module asks for them: which a change
 * reaches (a claim's page, its speaker's and its topics', as they are and as they were), and which exist
 * to be prerendered, speakers and topics with published claims first, then published claims, newest first.
 */
@Component
class PublishedReaderPages implements PublishedPages {

    private final JdbcClient jdbc;

    PublishedReaderPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> reachedBy(PublicContentChanged change) {
        if (change.changedSpeaker() != null) {
            // the claim pages show their speaker too, so they name this scope
            return Set.of(PageScope.speaker(change.changedSpeaker()));
        }
        if (!change.changedTopics().isEmpty()) {
            // the claim pages show their topics too, so they name these scopes
            var topics = new HashSet<String>();
            change.changedTopics().forEach(topic -> topics.add(PageScope.topic(topic)));
            return topics;
        }
        if (change.claimId() == null) {
            return Set.of(PageScopes.EVERYTHING);
        }
        var scopes = new HashSet<>(jdbc.sql("""
                        select :speakerPrefix || s.slug from claim c join speaker s on s.id = c.speaker_id where c.id = :claim
                        union select :topicPrefix || t.slug
                              from claim_topic ct join topic t on t.id = ct.topic_id where ct.claim_id = :claim""")
                .param("claim", change.claimId())
                .param("speakerPrefix", PageScope.SPEAKER)
                .param("topicPrefix", PageScope.TOPIC)
                .query(String.class)
                .list());
        scopes.add(PageScope.claim(change.claimId()));
        if (change.formerSpeaker() != null) {
            scopes.add(PageScope.speaker(change.formerSpeaker()));
        }
        change.formerTopics().forEach(topic -> scopes.add(PageScope.topic(topic)));
        return scopes;
    }

    @Override
    public List<String> paths(Set<String> reached) {
        var scopes = reached == null ? null : reached.toArray(String[]::new);
        var paths = new ArrayList<>(listings(scopes));
        paths.addAll(claims(scopes == null ? null : reachedClaims(scopes)));
        return paths;
    }

    /** Speakers and topics with published claims (among the reached, if given). */
    private List<String> listings(String[] reached) {
        var restriction = reached == null ? "" : " where listing.scope = any(:reached)";
        var statement = jdbc.sql("""
                        select path from (
                            select '/speakers/' || s.slug as path, :speakerPrefix || s.slug as scope
                            from speaker s
                            where exists (select from claim c where c.speaker_id = s.id and c.status = 'PUBLISHED')
                            union all
                            select '/topics/' || t.slug, :topicPrefix || t.slug
                            from topic t
                            where exists (
                                select from claim_topic ct join claim c on c.id = ct.claim_id
                                where ct.topic_id = t.id and c.status = 'PUBLISHED')) listing%s""".formatted(restriction))
                .param("speakerPrefix", PageScope.SPEAKER)
                .param("topicPrefix", PageScope.TOPIC);
        if (reached != null) {
            statement = statement.param("reached", reached);
        }
        return statement.query(String.class).list();
    }

    /**
     * The claims whose pages these scopes reach: the claim itself, and the claims of a speaker or topic.
     * Read before the claims' paths: as a subquery, PostgreSQL walked every claim to match the few reached.
     */
    private Long[] reachedClaims(String[] reached) {
        return jdbc.sql("""
                        with reached as (select unnest(:reached) as scope)
                        select cast(substring(scope from length(:claimPrefix) + 1) as bigint) as id
                            from reached where scope like :claimPrefix || '%'
                        union select c.id from reached
                            join speaker s on reached.scope = :speakerPrefix || s.slug join claim c on c.speaker_id = s.id
                        union select ct.claim_id from reached
                            join topic t on reached.scope = :topicPrefix || t.slug join claim_topic ct on ct.topic_id = t.id""")
                .param("reached", reached)
                .param("claimPrefix", PageScope.CLAIM)
                .param("speakerPrefix", PageScope.SPEAKER)
                .param("topicPrefix", PageScope.TOPIC)
                .query(Long.class)
                .list()
                .toArray(Long[]::new);
    }

    /** Published claims' pages, newest first (among some, if given). */
    private List<String> claims(Long[] among) {
        var restriction = among == null ? "" : " and c.id = any(:among)";
        var statement = jdbc.sql("""
                select '/claims/' || c.id || '-' || c.slug
                from claim c
                where c.status = 'PUBLISHED'%s
                order by c.id desc""".formatted(restriction));
        if (among != null) {
            statement = statement.param("among", among);
        }
        return statement.query(String.class).list();
    }
}

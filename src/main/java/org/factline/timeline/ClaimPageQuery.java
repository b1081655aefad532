package org.factline.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factline.claim.QuoteKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads everything of a published claim's page in one SQL statement: PostgreSQL assembles the claim,
 * its speaker, topics, appearances, sources and public verdicts into one JSON document, so the page
 * costs one round trip however many sources or appearances the claim has. Drafts, archived claims,
 * draft and in-review verdicts, and updates not yet published cannot pass the statement's conditions.
 */
@Component
class ClaimPageQuery {

    private static final String SQL = """
            with public_verdict as (
                select v.id, v.status, v.published_at, json_build_object(
                    'rating', json_build_object(
                        'code', r.code, 'labelEn', r.label_en, 'labelId', r.label_id, 'icon', r.icon,
                        'value', r.value, 'descriptionEn', r.description_en, 'descriptionId', r.description_id),
                    'summary', v.summary, 'summaryIndonesian', v.summary_id,
                    'rationale', v.rationale, 'rationaleIndonesian', v.rationale_id, 'publishedAt', v.published_at,
                    'correction', v.supersedes_id is not null, 'correctionReason', v.correction_reason,
                    'authorName', au.display_name || coalesce((
                        select string_agg(', ' || co.display_name, '' order by co.display_name)
                        from verdict_author va join app_user co on co.id = va.user_id
                        where va.verdict_id = v.id), ''),
                    'reviewerName', re.display_name,
                    'ratingOnScale', r.on_scale) as doc
                from verdict v
                join rating r on r.id = v.rating_id
                join app_user au on au.id = v.author_id
                left join app_user re on re.id = v.reviewer_id
                where v.claim_id = :id and v.status in ('PUBLISHED', 'SUPERSEDED')
            )
            select json_build_object(
                'claim', json_build_object(
                    'id', c.id, 'slug', c.slug, 'text', c.text, 'language', c.language,
                    'translation', c.translation, 'translationLanguage', c.translation_language,
                    'summary', c.summary, 'summaryIndonesian', c.summary_id, 'saidOn', c.said_on, 'datePrecision', c.date_precision,
                    'saidWhere', c.said_where),
                'speaker', json_build_object(
                    'name', s.name, 'slug', s.slug, 'kind', s.kind, 'wikidataId', s.wikidata_id,
                    'role', coalesce(
                        (select r.title from speaker_role r
                         where r.speaker_id = s.id and c.said_on is not null
                           and (r.started_on is null or r.started_on <= c.said_on)
                           and (r.ended_on is null or r.ended_on >= c.said_on)
                         order by r.started_on nulls last, r.id limit 1),
                        s.role)),
                'topics', coalesce(
                    (select json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name)
                     from claim_topic ct join topic t on t.id = ct.topic_id
                     where ct.claim_id = c.id),
                    '[]'),
                'appearances', coalesce(
                    (select json_agg(json_build_object(
                         'url', ar.url, 'title', ar.title, 'outlet', ar.outlet, 'language', ar.language,
                         'publishedAt', ar.published_at, 'quote', a.quote, 'prefix', a.quote_prefix,
                         'suffix', a.quote_suffix, 'kind', a.quote_kind,
                         'reportedBy', coalesce(
                             (select json_agg(x.name order by x.position desc)
                              from appearance_attribution x where x.appearance_id = a.id),
                             '[]')) order by a.id)
                     from appearance a join article ar on ar.id = a.article_id
                     where a.claim_id = c.id),
                    '[]'),
                'sources', coalesce(
                    (select json_agg(json_build_object(
                         'url', so.url, 'title', so.title, 'publisher', so.publisher,
                         'publishedOn', so.published_on, 'kind', so.kind, 'stance', so.stance,
                         'excerpt', so.excerpt, 'archiveUrl', so.archive_url) order by so.position, so.id)
                     from source so where so.claim_id = c.id),
                    '[]'),
                'verdict', (select doc from public_verdict where status = 'PUBLISHED'),
                'earlierVerdicts', coalesce(
                    (select json_agg(doc order by published_at desc, id desc)
                     from public_verdict where status = 'SUPERSEDED'),
                    '[]'),
                'updates', coalesce(
                    (select json_agg(json_build_object('publishedAt', u.published_at, 'note', u.public_note)
                                     order by u.published_at desc, u.id desc)
                     from claim_update u where u.claim_id = c.id and u.status = 'PUBLISHED' and not u.minor),
                    '[]'),
                'lastUpdated',
                    (select max(u.published_at) from claim_update u where u.claim_id = c.id and u.status = 'PUBLISHED'),
                'bestRating', coalesce(
                    (select max(r.value) from rating r where r.scale_id = sc.id and r.on_scale), sc.best_value),
                'worstRating', coalesce(
                    (select min(r.value) from rating r where r.scale_id = sc.id and r.on_scale), sc.worst_value))
            from claim c
            join speaker s on s.id = c.speaker_id
            join rating_scale sc on sc.id = c.rating_scale_id
            where c.id = :id and c.status = 'PUBLISHED'""";

    /** The document as PostgreSQL builds it. */
    record Document(
            ClaimPage.ClaimView claim,
            ClaimPage.SpeakerView speaker,
            List<ClaimListings.Named> topics,
            List<Appearance> appearances,
            List<ClaimPage.SourceView> sources,
            ClaimPage.VerdictView verdict,
            List<ClaimPage.VerdictView> earlierVerdicts,
            List<ClaimPage.UpdateView> updates,
            Instant lastUpdated,
            int bestRating,
            int worstRating) {}

    record Appearance(
            String url,
            String title,
            String outlet,
            String language,
            Instant publishedAt,
            String quote,
            String prefix,
            String suffix,
            QuoteKind kind,
            List<String> reportedBy) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClaimPageQuery(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The page's document; empty for drafts, archived and unknown claims alike. */
    Optional<Document> find(long id) {
        return jdbc.sql(SQL)
                .param("id", id)
                .query((rs, n) -> json.readValue(rs.getString(1), Document.class))
                .optional();
    }
}

package org.factline.export;

import java.util.List;
import java.util.Locale;

/**
 * The four downloads and their columns, in the order the README documents. The order never changes;
 * new columns are appended. Desk-only columns (internal fields) come after the public ones.
 *
 * <p>The queries read the claim, speaker, article, verdict and source tables with native SQL: an export
 * is a read model, and one streamed statement over the tables is the fastest honest path (no entity
 * graph, constant memory). They change only when those modules' migrations change.
 */
enum Dataset {
    CLAIMS(
            "claims",
            List.of(
                    Column.number("id", "c.id"),
                    Column.publicUrl("url"),
                    Column.plain("status", "lower(c.status)"),
                    Column.text("claim_text", "c.text"),
                    Column.plain("language", "c.language"),
                    Column.text("translation", "c.translation"),
                    Column.plain("translation_language", "c.translation_language"),
                    Column.text("summary", "c.summary"),
                    Column.text("speaker", "s.name"),
                    Column.plain("speaker_slug", "s.slug"),
                    Column.text(
                            "speaker_role",
                            "coalesce((select r.title from speaker_role r where r.speaker_id = s.id and c.said_on is not null"
                                    + " and (r.started_on is null or r.started_on <= c.said_on)"
                                    + " and (r.ended_on is null or r.ended_on >= c.said_on)"
                                    + " order by r.started_on, r.id limit 1), s.role)"),
                    Column.plain("said_on", "c.said_on"),
                    Column.plain("date_precision", "lower(c.date_precision)"),
                    Column.text("said_where", "c.said_where"),
                    Column.text(
                            "topics",
                            "(select string_agg(t.name, '; ' order by t.name) from claim_topic ct"
                                    + " join topic t on t.id = ct.topic_id where ct.claim_id = c.id)"),
                    Column.text("article_url", "fa.url"),
                    Column.text("article_title", "fa.title"),
                    Column.text("article_outlet", "fa.outlet"),
                    Column.plain("article_language", "fa.language"),
                    Column.timestamp("article_published_at", "fa.published_at"),
                    Column.text("quote", "fa.quote"),
                    Column.plain("quote_kind", "lower(fa.quote_kind)"),
                    Column.number("appearances", "(select count(*) from appearance x where x.claim_id = c.id)"),
                    Column.number("sources", "(select count(*) from source x where x.claim_id = c.id)"),
                    Column.plain("rating", "pv.code"),
                    Column.text("rating_label", "pv.label"),
                    Column.number("rating_value", "pv.scale_value"),
                    Column.text("verdict_summary", "pv.summary"),
                    Column.timestamp("verdict_published_at", "pv.published_at"),
                    Column.bool("corrected", "pv.supersedes_id is not null"),
                    // the headline and conclusion in Bahasa Indonesia (summary and verdict_summary are English)
                    Column.text("summary_indonesian", "c.summary_id"),
                    Column.text("verdict_summary_indonesian", "pv.summary_id"),
                    Column.desk(
                            Column.plain(
                                    "verdict_status",
                                    "(select lower(x.status) from verdict x where x.claim_id = c.id order by x.id desc limit 1)")),
                    Column.desk(Column.timestamp("created_at", "c.created_at")),
                    Column.desk(Column.timestamp("updated_at", "c.updated_at")),
                    Column.desk(Column.timestamp("published_at", "c.published_at"))),
            """
            from claim c
            join speaker s on s.id = c.speaker_id
            left join lateral (
                select a.url, a.title, a.outlet, a.language, a.published_at, ap.quote, ap.quote_kind
                from appearance ap join article a on a.id = ap.article_id
                where ap.claim_id = c.id order by ap.id limit 1) fa on true
            left join lateral (
                select r.code, r.%s as label, case when r.on_scale then r.value end as scale_value, v.summary, v.summary_id,
                       v.published_at, v.supersedes_id
                from verdict v join rating r on r.id = v.rating_id
                where v.claim_id = c.id and v.status = 'PUBLISHED') pv on true
            """,
            "",
            "c.id"),

    APPEARANCES(
            "appearances",
            List.of(
                    Column.number("appearance_id", "ap.id"),
                    Column.number("claim_id", "c.id"),
                    Column.publicUrl("claim_url"),
                    Column.text("claim_text", "c.text"),
                    Column.plain("language", "c.language"),
                    Column.text("speaker", "s.name"),
                    Column.plain("said_on", "c.said_on"),
                    Column.plain("date_precision", "lower(c.date_precision)"),
                    Column.text("article_url", "a.url"),
                    Column.text("article_title", "a.title"),
                    Column.text("article_outlet", "a.outlet"),
                    Column.plain("article_language", "a.language"),
                    Column.timestamp("article_published_at", "a.published_at"),
                    Column.text("quote", "ap.quote"),
                    Column.text("quote_prefix", "ap.quote_prefix"),
                    Column.text("quote_suffix", "ap.quote_suffix"),
                    Column.plain("quote_kind", "lower(ap.quote_kind)"),
                    Column.text(
                            "attribution",
                            "(select string_agg(x.name, ' → ' order by x.position desc) from appearance_attribution x"
                                    + " where x.appearance_id = ap.id)"),
                    Column.desk(Column.plain("claim_status", "lower(c.status)")),
                    Column.desk(Column.timestamp("created_at", "ap.created_at"))),
            """
            from appearance ap
            join claim c on c.id = ap.claim_id
            join speaker s on s.id = c.speaker_id
            join article a on a.id = ap.article_id
            """,
            "",
            "ap.id"),

    SOURCES(
            "sources",
            List.of(
                    Column.number("source_id", "so.id"),
                    Column.number("claim_id", "c.id"),
                    Column.publicUrl("claim_url"),
                    Column.number("position", "so.position"),
                    Column.plain("stance", "lower(so.stance)"),
                    Column.plain("kind", "lower(so.kind)"),
                    Column.text("title", "so.title"),
                    Column.text("publisher", "so.publisher"),
                    Column.plain("published_on", "so.published_on"),
                    Column.text("url", "so.url"),
                    Column.text("archive_url", "so.archive_url"),
                    Column.text("excerpt", "so.excerpt"),
                    Column.timestamp("accessed_at", "so.accessed_at"),
                    Column.desk(Column.plain("claim_status", "lower(c.status)")),
                    Column.desk(Column.timestamp("created_at", "so.created_at"))),
            """
            from source so
            join claim c on c.id = so.claim_id
            join speaker s on s.id = c.speaker_id
            """,
            "",
            "c.id, so.position, so.id"),

    VERDICTS(
            "verdicts",
            List.of(
                    Column.number("verdict_id", "v.id"),
                    Column.number("claim_id", "c.id"),
                    Column.publicUrl("claim_url"),
                    Column.plain("status", "lower(v.status)"),
                    Column.plain("rating", "r.code"),
                    Column.text("rating_label", "r.%s"),
                    Column.number("rating_value", "case when r.on_scale then r.value end"),
                    Column.text("summary", "v.summary"),
                    Column.text("rationale", "v.rationale"),
                    Column.text("author", "au.display_name"),
                    Column.text("reviewer", "rv.display_name"),
                    Column.timestamp("published_at", "v.published_at"),
                    Column.number("supersedes_id", "v.supersedes_id"),
                    Column.text("correction_reason", "v.correction_reason"),
                    // the conclusion and reasons in Bahasa Indonesia (summary and rationale are English)
                    Column.text("summary_indonesian", "v.summary_id"),
                    Column.text("rationale_indonesian", "v.rationale_id"),
                    Column.desk(Column.text("review_comment", "v.review_comment")),
                    Column.desk(Column.plain("claim_status", "lower(c.status)")),
                    Column.desk(Column.timestamp("created_at", "v.created_at"))),
            """
            from verdict v
            join rating r on r.id = v.rating_id
            join claim c on c.id = v.claim_id
            join speaker s on s.id = c.speaker_id
            left join app_user au on au.id = v.author_id
            left join app_user rv on rv.id = v.reviewer_id
            """,
            "v.status in ('PUBLISHED', 'SUPERSEDED')",
            "c.id, v.id");

    private final String fileName;
    private final List<Column> columns;
    private final String from;
    private final String publicCondition;
    private final String orderBy;

    Dataset(String fileName, List<Column> columns, String from, String publicCondition, String orderBy) {
        this.fileName = fileName;
        this.columns = columns;
        this.from = from;
        this.publicCondition = publicCondition;
        this.orderBy = orderBy;
    }

    static Dataset of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String fileName() {
        return fileName;
    }

    List<Column> columns(boolean desk) {
        return desk ? columns : columns.stream().filter(c -> !c.deskOnly()).toList();
    }

    String from(Locale locale) {
        return from.formatted(labelColumn(locale));
    }

    String publicCondition() {
        return publicCondition;
    }

    String orderBy() {
        return orderBy;
    }

    static String labelColumn(Locale locale) {
        return "id".equals(locale.getLanguage()) ? "label_id" : "label_en";
    }

    /**
     * One column: its header, its SQL expression and how its cells are written.
     *
     * @param text free text that a person typed, neutralised against formula injection
     */
    record Column(String name, String sql, boolean text, boolean deskOnly) {

        static Column text(String name, String sql) {
            return new Column(name, sql, true, false);
        }

        /** Written as read: codes, numbers, dates and booleans that only we produce. */
        static Column plain(String name, String sql) {
            return new Column(name, sql, false, false);
        }

        static Column number(String name, String sql) {
            return plain(name, sql);
        }

        /** An ISO-8601 instant in UTC, e.g. 2022-08-17T05:00:00Z. */
        static Column timestamp(String name, String sql) {
            return plain(name, "to_char(" + sql + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')");
        }

        /** The claim's public page, for published claims only; {@code :base} is the site's address. */
        static Column publicUrl(String name) {
            return plain(
                    name, "case when c.status = 'PUBLISHED' then :base || '/claims/' || c.id || '-' || c.slug end");
        }

        /** true or false, never PostgreSQL's t and f. */
        static Column bool(String name, String sql) {
            return plain(name, "case when " + sql + " then 'true' else 'false' end");
        }

        static Column desk(Column column) {
            return new Column(column.name, column.sql, column.text, true);
        }

        String sql(Locale locale) {
            return sql.contains("%s") ? sql.formatted(labelColumn(locale)) : sql;
        }
    }
}

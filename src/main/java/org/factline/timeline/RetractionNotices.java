package org.factline.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.factline.claim.DatePrecision;
import org.factline.claim.SaidDate;
import org.factline.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retracted fact-checks as readers see them: the notice at a retracted claim's address, and the record of
 * every retraction on the corrections page and in the feed. Read from the copy kept when the claim was
 * retracted ({@code claim_retraction}), never from the claim's current rows, which editors may change.
 */
@Component
class RetractionNotices {

    private static final String COLUMNS = """
            select r.id, r.claim_id, r.slug, r.summary, r.summary_id, r.text, r.language, r.translation, r.translation_language,
                   r.speaker_name, r.speaker_role, r.said_on, r.date_precision, r.said_where, r.published_at,
                   r.rating_code, r.rating_label_en, r.rating_label_id, r.rating_icon, r.verdict_summary,
                   r.verdict_summary_id,
                   r.verdict_published_at, r.reason, r.retracted_at, r.republished_at
            from claim_retraction r""";

    private final JdbcClient jdbc;

    RetractionNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A retraction as readers read it: what was published (the claim, its speaker with the role held then,
     * the verdict, or none), when, and when and why it was withdrawn; {@code republishedAt} once the claim
     * was published again.
     */
    record Notice(
            long id,
            long claimId,
            String slug,
            String summary,
            String summaryIndonesian,
            String text,
            String language,
            String translation,
            String translationLanguage,
            String speakerName,
            String speakerRole,
            SaidDate said,
            String saidWhere,
            Instant publishedAt,
            RatingView rating,
            String verdictSummary,
            String verdictSummaryIndonesian,
            Instant verdictPublishedAt,
            String reason,
            Instant retractedAt,
            Instant republishedAt) {

        public String path() {
            return "/claims/" + claimId + "-" + slug;
        }

        /** The headline readers were shown, as a reader of {@code language} is shown it now. */
        public Bilingual.Shown summaryIn(String language) {
            return new Bilingual(summary, summaryIndonesian).shownIn(language);
        }

        /** The withdrawn verdict's conclusion, as a reader of {@code language} is shown it. */
        public Bilingual.Shown verdictSummaryIn(String language) {
            return new Bilingual(verdictSummary, verdictSummaryIndonesian).shownIn(language);
        }
    }

    /** The notice readers get at a claim's address while it is retracted (not published again). */
    Optional<Notice> inForce(long claimId) {
        return jdbc.sql(COLUMNS + """
                         join claim c on c.id = r.claim_id and c.status <> 'PUBLISHED'
                        where r.claim_id = :claim and r.republished_at is null""")
                .param("claim", claimId)
                .query(RetractionNotices::notice)
                .optional();
    }

    /** Every retraction, the latest first, those followed by a new publication too: they stay in the record. */
    List<Notice> all() {
        return latest(Integer.MAX_VALUE);
    }

    List<Notice> latest(int limit) {
        return jdbc.sql(COLUMNS + " order by r.retracted_at desc, r.id desc limit " + limit)
                .query(RetractionNotices::notice)
                .list();
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        var ratingCode = rs.getString("rating_code");
        var rating = ratingCode == null
                ? null
                : new RatingView(
                        ratingCode,
                        rs.getString("rating_label_en"),
                        rs.getString("rating_label_id"),
                        rs.getString("rating_icon"),
                        0,
                        null,
                        null);
        var saidOn = rs.getObject("said_on", LocalDate.class);
        return new Notice(
                rs.getLong("id"),
                rs.getLong("claim_id"),
                rs.getString("slug"),
                rs.getString("summary"),
                rs.getString("summary_id"),
                rs.getString("text"),
                rs.getString("language"),
                rs.getString("translation"),
                rs.getString("translation_language"),
                rs.getString("speaker_name"),
                rs.getString("speaker_role"),
                SaidDate.of(saidOn, DatePrecision.valueOf(rs.getString("date_precision"))),
                rs.getString("said_where"),
                instant(rs, "published_at"),
                rating,
                rs.getString("verdict_summary"),
                rs.getString("verdict_summary_id"),
                instant(rs, "verdict_published_at"),
                rs.getString("reason"),
                instant(rs, "retracted_at"),
                instant(rs, "republished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

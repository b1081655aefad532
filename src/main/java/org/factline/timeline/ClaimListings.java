package org.factline.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.claim.DatePrecision;
import org.factline.filter.ClaimConditions;
import org.factline.filter.ClaimFilter;
import org.factline.publishing.PublicContentVersion;
import org.factline.shared.Bilingual;
import org.factline.shared.WordDiff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of published claims for lists, with SQL written for the page (one statement a list).
 * Only published claims with a published verdict ever leave this class.
 */
@Service
@Transactional(readOnly = true)
public class ClaimListings {

    public static final int PAGE_SIZE = 20;

    /** The columns {@link #card(ResultSet)} reads; use with the joins of {@link #PUBLISHED_FROM}. */
    private static final String CARD_COLUMNS = """
            c.id, c.slug, c.summary, c.summary_id, c.text, c.language, c.said_on, c.date_precision, c.said_where, c.published_at,
            s.name as speaker_name, s.slug as speaker_slug,
            r.code, r.label_en, r.label_id, r.icon, r.value, r.description_en, r.description_id,
            v.summary as verdict_summary, v.summary_id as verdict_summary_id,
            v.published_at as verdict_published_at""";

    /**
     * Published claims with their current published verdict: drafts and unpublished verdicts cannot pass
     * ({@link ClaimConditions.Tables#PUBLISHED_WITH_RATING}).
     */
    private static final String PUBLISHED_FROM = """
            from claim c
            join speaker s on s.id = c.speaker_id
            join verdict v on v.claim_id = c.id and v.status = 'PUBLISHED'
            join rating r on r.id = v.rating_id
            where c.status = 'PUBLISHED'""";

    enum Order {
        LATEST("c.published_at desc, c.id desc"),
        SAID_FIRST("c.said_on asc nulls last, c.published_at asc, c.id asc"),
        SAID_LATEST("c.said_on desc nulls last, c.published_at desc, c.id desc");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /**
     * A page of cards and whether another page follows.
     *
     * @param ranked when a search ranked only this many latest matches and found that many (older ones
     *     may exist, reached with a date range); 0 when every match was ranked, and for browsing
     */
    public record Page(List<ClaimCard> cards, int number, boolean hasNext, int ranked) {

        public Page(List<ClaimCard> cards, int number, boolean hasNext) {
            this(cards, number, hasNext, 0);
        }

        public boolean hasPrevious() {
            return number > 0;
        }

        public boolean isEmpty() {
            return cards.isEmpty();
        }
    }

    /** What the browse form offers: speakers, topics and ratings that have published claims. */
    public record Options(List<Named> speakers, List<Named> topics, List<RatingView> ratings) {}

    public record Named(String slug, String name) implements FilterChoice {

        @Override
        public String key() {
            return slug;
        }

        @Override
        public String getLabel(Locale locale) {
            return name;
        }
    }

    private final JdbcClient jdbc;
    private final PublicContentVersion versions;

    /** The browse form's options as of a public content version: every search and home page shows them. */
    private volatile VersionedOptions options;

    private record VersionedOptions(long version, Options options) {}

    ClaimListings(JdbcClient jdbc, PublicContentVersion versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    public Page browse(ClaimFilter filter) {
        return page(filter, Order.LATEST, PAGE_SIZE);
    }

    Page page(ClaimFilter filter, Order order, int size) {
        var conditions = ClaimConditions.of(filter, ClaimConditions.Tables.PUBLISHED_WITH_RATING);
        // limit and offset in the statement's text, so that a reused plan is made for them (see related())
        var rows = jdbc.sql("select " + CARD_COLUMNS + " " + PUBLISHED_FROM + conditions.sql() + " order by "
                        + order.sql + " limit " + (size + 1) + " offset " + (long) filter.page() * size)
                .params(conditions.parameters())
                .query((rs, n) -> card(rs))
                .list();
        boolean hasNext = rows.size() > size;
        return new Page(hasNext ? rows.subList(0, size) : rows, filter.page(), hasNext);
    }

    /**
     * The cards of published claims, in the order of the ids given (e.g. search's ranking); an id that is
     * not, or no longer, a published claim with a published verdict is left out.
     */
    public List<ClaimCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = jdbc
                .sql("select " + CARD_COLUMNS + " " + PUBLISHED_FROM + " and c.id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> card(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(ClaimCard::id, Function.identity()));
        return ids.stream().map(found::get).filter(card -> card != null).toList();
    }

    /** The codes of the ratings a filter may name: those of the default scale, which the browse form offers. */
    public Set<String> ratingCodes() {
        return options().ratings().stream().map(RatingView::code).collect(Collectors.toSet());
    }

    public Options options() {
        long version;
        try {
            version = versions.current().number();
        } catch (IllegalStateException e) {
            // the version could not be read in time (every connection busy): read the options themselves
            return readOptions();
        }
        var known = options;
        if (known != null && known.version() == version) {
            return known.options();
        }
        // read after the version: a change committed in between only makes the next request read again
        var fresh = readOptions();
        options = new VersionedOptions(version, fresh);
        return fresh;
    }

    private Options readOptions() {
        var speakers = jdbc.sql("select s.slug, s.name from speaker s where exists (select 1 from claim c"
                        + " where c.speaker_id = s.id and c.status = 'PUBLISHED') order by s.name")
                .query((rs, n) -> new Named(rs.getString(1), rs.getString(2)))
                .list();
        var topics = jdbc.sql("select t.slug, t.name from topic t where exists (select 1 from claim_topic ct"
                        + " join claim c on c.id = ct.claim_id where ct.topic_id = t.id and c.status = 'PUBLISHED')"
                        + " order by t.name")
                .query((rs, n) -> new Named(rs.getString(1), rs.getString(2)))
                .list();
        return new Options(speakers, topics, ratings());
    }

    /** The steps of the default rating scale, best first. */
    public List<RatingView> ratings() {
        return jdbc.sql("""
                        select r.code, r.label_en, r.label_id, r.icon, r.value, r.description_en, r.description_id
                        from rating r join rating_scale sc on sc.id = r.scale_id
                        where sc.slug = 'default' order by r.position""").query((rs, n) -> rating(rs)).list();
    }

    /** How many published verdicts of a speaker there are per rating, every rating of the scale listed. */
    List<ScoreBar> scorecard(String speakerSlug) {
        return jdbc.sql("""
                        select r.code, r.label_en, r.label_id, r.icon, r.value, r.description_en, r.description_id,
                               (select count(*) from verdict v
                                join claim c on c.id = v.claim_id and c.status = 'PUBLISHED'
                                join speaker s on s.id = c.speaker_id and s.slug = :speaker
                                where v.rating_id = r.id and v.status = 'PUBLISHED') as claims
                        from rating r join rating_scale sc on sc.id = r.scale_id
                        where sc.slug = 'default' order by r.position""")
                .param("speaker", speakerSlug)
                .query((rs, n) -> new ScoreBar(rating(rs), rs.getInt("claims")))
                .list();
    }

    record ScoreBar(RatingView rating, int count) {}

    /**
     * A topic as a reader sees it: its name and description in the reader's language, or, where it has none
     * in it, in the other, with that language's tag for the page to mark ({@code null} when it is the reader's).
     * Only a topic of a published claim: one only of drafts or retracted claims is not found, as an unknown one
     * is, so its address tells nothing of unpublished work.
     */
    record TopicText(String slug, String name, String nameLanguage, String description, String descriptionLanguage) {}

    Optional<TopicText> topic(String slug, Locale locale) {
        var indonesian = "id".equals(locale.getLanguage());
        return jdbc.sql("select t.slug, t.name, t.name_id, t.description, t.description_id from topic t"
                        + " where t.slug = :slug and exists (select 1 from claim_topic ct join claim c on c.id = ct.claim_id"
                        + " where ct.topic_id = t.id and c.status = 'PUBLISHED')")
                .param("slug", slug)
                .query((rs, n) -> {
                    var english = new String[] {rs.getString("name"), rs.getString("description")};
                    var bahasa = new String[] {rs.getString("name_id"), rs.getString("description_id")};
                    var mine = indonesian ? bahasa : english;
                    var other = indonesian ? english : bahasa;
                    var otherTag = indonesian ? "en" : "id";
                    return new TopicText(
                            rs.getString("slug"),
                            mine[0] != null ? mine[0] : other[0],
                            mine[0] != null ? null : otherTag,
                            mine[1] != null ? mine[1] : other[1],
                            mine[1] != null || other[1] == null ? null : otherTag);
                })
                .optional();
    }

    /**
     * Other published claims of the same topics or speaker, closest in time first. Candidates are the
     * claims of the same topics and speaker entered around the same time, so a topic with thousands of
     * claims costs no more than a small one.
     */
    List<ClaimCard> related(long claimId, int limit) {
        // the limits are part of the statement's text, not parameters: with parameters PostgreSQL cannot
        // cost a generic plan well and plans the statement anew at every execution (2-3 ms each)
        return jdbc.sql("""
                        with candidate as (
                            select t.claim_id as id
                            from claim_topic mine
                            cross join lateral (
                                (select claim_id from claim_topic where topic_id = mine.topic_id and claim_id < :id
                                 order by claim_id desc limit %1$d)
                                union all
                                (select claim_id from claim_topic where topic_id = mine.topic_id and claim_id > :id
                                 order by claim_id limit %1$d)) t
                            where mine.claim_id = :id
                            union
                            select o.id
                            from claim this
                            cross join lateral (
                                (select id from claim where speaker_id = this.speaker_id and id < :id
                                 order by id desc limit %1$d)
                                union all
                                (select id from claim where speaker_id = this.speaker_id and id > :id
                                 order by id limit %1$d)) o
                            where this.id = :id
                        ), nearest as (
                            -- order the candidates by their rows alone; read cards for the chosen few only
                            select c.id,
                                   abs(coalesce(c.said_on, date '1900-01-01')
                                       - coalesce((select said_on from claim where id = :id), date '1900-01-01'))
                                       as distance
                            from candidate k
                            join claim c on c.id = k.id
                            where c.status = 'PUBLISHED' and c.id <> :id
                              and exists (select 1 from verdict v where v.claim_id = c.id and v.status = 'PUBLISHED')
                            order by distance, c.id desc
                            limit %2$d
                        )
                        select %3$s
                        from nearest n
                        join claim c on c.id = n.id
                        join speaker s on s.id = c.speaker_id
                        join verdict v on v.claim_id = c.id and v.status = 'PUBLISHED'
                        join rating r on r.id = v.rating_id
                        order by n.distance, c.id desc""".formatted(NEIGHBOURS, limit, CARD_COLUMNS))
                .param("id", claimId)
                .query((rs, n) -> card(rs))
                .list();
    }

    /** Claims entered just before and just after (by id) considered per topic and speaker for "related". */
    private static final int NEIGHBOURS = 10;

    /**
     * Every public correction: a published verdict that superseded another, with its reason; the conclusion's
     * words compared in the language a reader of {@code language} is shown.
     */
    List<Correction> corrections(String language) {
        return jdbc.sql("""
                        select c.id, c.slug, c.summary, c.summary_id, v.published_at, v.correction_reason,
                               old.summary as old_conclusion, old.summary_id as old_conclusion_id,
                               v.summary as conclusion, v.summary_id as conclusion_id,
                               (old.rationale, old.rationale_id) is distinct from (v.rationale, v.rationale_id)
                                   as rationale_changed,
                               r.code, r.label_en, r.label_id, r.icon, r.value, r.description_en, r.description_id,
                               o.code as old_code, o.label_en as old_label_en, o.label_id as old_label_id,
                               o.icon as old_icon, o.value as old_value,
                               o.description_en as old_description_en, o.description_id as old_description_id
                        from verdict v
                        join verdict old on old.id = v.supersedes_id
                        join claim c on c.id = v.claim_id and c.status = 'PUBLISHED'
                        join rating r on r.id = v.rating_id
                        join rating o on o.id = old.rating_id
                        where v.status in ('PUBLISHED', 'SUPERSEDED') and v.supersedes_id is not null
                        order by v.published_at desc, v.id desc""")
                .query((rs, n) -> new Correction(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        new Bilingual(rs.getString("summary"), rs.getString("summary_id")).shownIn(language),
                        instant(rs, "published_at"),
                        rs.getString("correction_reason"),
                        new RatingView(
                                rs.getString("old_code"),
                                rs.getString("old_label_en"),
                                rs.getString("old_label_id"),
                                rs.getString("old_icon"),
                                rs.getInt("old_value"),
                                rs.getString("old_description_en"),
                                rs.getString("old_description_id")),
                        rating(rs),
                        conclusionChange(
                                new Bilingual(rs.getString("old_conclusion"), rs.getString("old_conclusion_id")),
                                new Bilingual(rs.getString("conclusion"), rs.getString("conclusion_id")),
                                language),
                        rs.getBoolean("rationale_changed")))
                .list();
    }

    /** The conclusion's words changed, in the language the reader is shown the new one in. */
    private static WordDiff conclusionChange(Bilingual before, Bilingual after, String language) {
        var shown = after.shownIn(language);
        return WordDiff.between(before.in(shown.language()), shown.text());
    }

    /** A correction as readers see it: the rating before and after, and the conclusion's words changed. */
    record Correction(
            long claimId,
            String slug,
            Bilingual.Shown summary,
            Instant correctedAt,
            String reason,
            RatingView before,
            RatingView after,
            WordDiff conclusion,
            boolean rationaleChanged) {

        public String path() {
            return "/claims/" + claimId + "-" + slug;
        }

        public boolean isRatingChanged() {
            return !before.code().equals(after.code());
        }

        /** The message keys of the parts of the verdict the correction changed, in the page's order. */
        public List<String> changedParts() {
            var parts = new ArrayList<String>();
            if (isRatingChanged()) {
                parts.add("corrections.part.rating");
            }
            if (conclusion.changed()) {
                parts.add("corrections.part.conclusion");
            }
            if (rationaleChanged) {
                parts.add("corrections.part.rationale");
            }
            return parts;
        }
    }

    /** Sitemap rows: the path of each published claim and when its page last changed. */
    List<SitemapEntry> sitemapClaims(int page, int size) {
        return jdbc.sql("select c.id, c.slug, greatest(c.updated_at, v.published_at) as changed " + """
                        from claim c join verdict v on v.claim_id = c.id and v.status = 'PUBLISHED'
                        where c.status = 'PUBLISHED' order by c.id limit :limit offset :offset""")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) ->
                        new SitemapEntry("/claims/" + rs.getLong(1) + "-" + rs.getString(2), instant(rs, "changed")))
                .list();
    }

    long publishedCount() {
        return jdbc.sql("select count(*) " + PUBLISHED_FROM).query(Long.class).single();
    }

    /** Whether readers may see this speaker: one with a published claim (not only drafts or retracted ones). */
    boolean isPublicSpeaker(String slug) {
        return jdbc.sql("select exists (select 1 from speaker s join claim c on c.speaker_id = s.id"
                        + " where s.slug = :slug and c.status = 'PUBLISHED')")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    List<SitemapEntry> sitemapSpeakersAndTopics() {
        var entries = new ArrayList<SitemapEntry>();
        var options = options();
        options.speakers().forEach(s -> entries.add(new SitemapEntry("/speakers/" + s.slug(), null)));
        options.topics().forEach(t -> entries.add(new SitemapEntry("/topics/" + t.slug(), null)));
        return entries;
    }

    record SitemapEntry(String path, Instant changed) {}

    static ClaimCard card(ResultSet rs) throws SQLException {
        return new ClaimCard(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("summary"),
                rs.getString("summary_id"),
                rs.getString("text"),
                rs.getString("language"),
                rs.getObject("said_on", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")),
                rs.getString("said_where"),
                instant(rs, "published_at"),
                rs.getString("speaker_name"),
                rs.getString("speaker_slug"),
                rating(rs),
                rs.getString("verdict_summary"),
                rs.getString("verdict_summary_id"),
                instant(rs, "verdict_published_at"),
                List.of(),
                null);
    }

    static RatingView rating(ResultSet rs) throws SQLException {
        return new RatingView(
                rs.getString("code"),
                rs.getString("label_en"),
                rs.getString("label_id"),
                rs.getString("icon"),
                rs.getInt("value"),
                rs.getString("description_en"),
                rs.getString("description_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package org.factline.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.factline.article.CanonicalUrl;
import org.factline.article.NewArticle;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.claim.NewAppearance;
import org.factline.claim.QuoteKind;
import org.factline.claim.TextQuoteSelector;
import org.factline.shared.Slugs;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the speaker, article, topic, claim and appearance tables for the CSV import with
 * native SQL. An import writes up to hundreds of thousands of rows in one transaction; going entity by
 * entity through the other modules' APIs would take minutes, so this class inserts with multi-row
 * {@code insert … select from unnest(…)} statements and ids taken from the tables' own identity
 * sequences. It writes only what those modules' constraints allow (checked in {@link CsvImportReader})
 * and must follow their migrations. New claims are drafts; the unpublished claims it adds appearances to
 * are told through the claim module ({@link ClaimManagement#appearancesRecorded}). Published means
 * reviewed: an appearance of a published claim is proposed in the claim's update
 * ({@link ClaimUpdateManagement#proposeAppearance}) and reaches readers when another editor publishes
 * it (one whose direct quote its article's stored text does not hold is a problem of its row, as the
 * desk refuses it). For a claim not yet published, such a quote is recorded and flagged for the desk
 * ({@link ClaimManagement#flagImportedQuotes}) rather than failing the whole file: the rows of a bulk
 * import cannot each carry an editor's confirmation.
 */
@Component
class ImportStore {

    static final int CHUNK = 5000;

    /** One import commits at a time, so two imports of the same file cannot both create it. */
    private static final long IMPORT_LOCK = 7206452005L;

    private final JdbcTemplate jdbc;
    private final ClaimManagement claimManagement;
    private final ClaimUpdateManagement updates;

    ImportStore(JdbcTemplate jdbc, ClaimManagement claimManagement, ClaimUpdateManagement updates) {
        this.jdbc = jdbc;
        this.claimManagement = claimManagement;
        this.updates = updates;
    }

    /** Rating codes and labels of the default scale, in lower case. */
    Set<String> ratingNames() {
        var names = new HashSet<String>();
        jdbc.query(
                "select r.code, r.label_en, r.label_id from rating r join rating_scale s on s.id = r.scale_id"
                        + " where s.slug = 'default'",
                rs -> {
                    for (int i = 1; i <= 3; i++) {
                        names.add(rs.getString(i).toLowerCase(Locale.ROOT));
                    }
                });
        return names;
    }

    void lock() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> {}, IMPORT_LOCK);
    }

    Plan plan(List<ImportRow> rows) {
        var speakerKeys = new LinkedHashSet<String>();
        var urls = new LinkedHashSet<String>();
        rows.forEach(row -> {
            speakerKeys.add(row.speakerKey());
            urls.add(row.normalizedUrl());
        });

        // a name beats an alias; among equal names the oldest speaker wins; a merged speaker is its successor
        var speakerIds = new HashMap<String, Long>();
        jdbc.query(
                "select lower(a.alias), min(s.id) from speaker_alias a join speaker s on s.id = a.speaker_id"
                        + " where lower(a.alias) = any(?::text[]) and s.merged_into is null group by 1",
                rs -> {
                    speakerIds.put(rs.getString(1), rs.getLong(2));
                },
                array(speakerKeys));
        jdbc.query(
                "select lower(name), min(coalesce(merged_into, id)) from speaker where lower(name) = any(?::text[])"
                        + " group by 1 order by 1",
                rs -> {
                    speakerIds.put(rs.getString(1), rs.getLong(2));
                },
                array(speakerKeys));
        var speakerNames = new HashMap<Long, String>();
        if (!speakerIds.isEmpty()) {
            jdbc.query(
                    "select id, name from speaker where id = any(?::bigint[])",
                    rs -> {
                        speakerNames.put(rs.getLong(1), rs.getString(2));
                    },
                    longArray(new LinkedHashSet<>(speakerIds.values())));
        }

        var articleIds = new HashMap<String, Long>();
        var articleTitles = new HashMap<String, String>();
        jdbc.query(
                "select normalized_url, id, title from article where normalized_url = any(?::text[])",
                rs -> {
                    articleIds.put(rs.getString(1), rs.getLong(2));
                    articleTitles.put(rs.getString(1), rs.getString(3));
                },
                array(urls));

        var presentAppearances = new HashSet<String>();
        if (!articleIds.isEmpty()) {
            jdbc.query(
                    """
                    select a.normalized_url, c.speaker_id, ap.quote
                    from appearance ap join article a on a.id = ap.article_id join claim c on c.id = ap.claim_id
                    where ap.article_id = any(?::bigint[])""",
                    rs -> {
                        presentAppearances.add(rs.getString(1) + "\u0000" + rs.getLong(2) + "\u0000" + rs.getString(3));
                    },
                    longArray(articleIds.values()));
        }

        var existingClaims = new HashMap<String, Long>();
        var publishedClaims = new HashSet<Long>();
        var knownSpeakers = new LinkedHashSet<Long>(speakerIds.values());
        if (!knownSpeakers.isEmpty()) {
            var texts = new LinkedHashSet<String>();
            rows.forEach(row -> texts.add(row.claimText()));
            jdbc.query(
                    "select id, speaker_id, text, said_on, date_precision, status from claim"
                            + " where speaker_id = any(?::bigint[]) and text = any(?::text[]) order by id",
                    rs -> {
                        var key = existingClaimKey(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
                        if (existingClaims.putIfAbsent(key, rs.getLong(1)) == null
                                && "PUBLISHED".equals(rs.getString(6))) {
                            publishedClaims.add(rs.getLong(1));
                        }
                    },
                    longArray(knownSpeakers),
                    array(texts));
        }
        var updates = OpenUpdates.of(jdbc, publishedClaims);

        var newSpeakers = new LinkedHashMap<String, ImportRow>();
        var newArticles = new LinkedHashMap<String, ImportRow>();
        var newClaims = new LinkedHashMap<String, ImportRow>();
        var appearances = new ArrayList<Plan.PlannedAppearance>();
        var outcomes = new ArrayList<Plan.RowPlan>(rows.size());
        var problems = new ArrayList<Problem>();
        int onExisting = 0;
        int present = 0;
        for (var row : rows) {
            var speakerId = speakerIds.get(row.speakerKey());
            if (speakerId != null
                    && presentAppearances.contains(
                            row.normalizedUrl() + "\u0000" + speakerId + "\u0000" + row.quote())) {
                present++;
                outcomes.add(new Plan.RowPlan(row, speakerId, Plan.Action.PRESENT, null));
                continue;
            }
            var existingClaim = speakerId == null
                    ? null
                    : existingClaims.get(existingClaimKey(
                            speakerId,
                            row.claimText(),
                            row.saidOn() == null ? null : row.saidOn().toString(),
                            row.datePrecision()));
            boolean published = existingClaim != null && publishedClaims.contains(existingClaim);
            if (published) {
                if (updates.holds(existingClaim, row)) {
                    present++;
                    outcomes.add(new Plan.RowPlan(row, speakerId, Plan.Action.PRESENT, existingClaim));
                    continue;
                }
                var problem = updates.inReview(existingClaim)
                        ? Problem.of(row.line(), null, "updateInReview")
                        : quoteProblem(row);
                if (problem != null) {
                    problems.add(problem);
                    outcomes.add(new Plan.RowPlan(row, speakerId, Plan.Action.REJECTED, existingClaim));
                    continue;
                }
            }
            if (speakerId == null) {
                newSpeakers.putIfAbsent(row.speakerKey(), row);
            }
            if (!articleIds.containsKey(row.normalizedUrl())) {
                newArticles.putIfAbsent(row.normalizedUrl(), row);
            }
            if (existingClaim != null) {
                onExisting++;
            } else {
                newClaims.putIfAbsent(row.claimKey(), row);
            }
            appearances.add(new Plan.PlannedAppearance(row, existingClaim, published));
            var action = published
                    ? Plan.Action.UPDATE
                    : existingClaim != null ? Plan.Action.EXISTING_CLAIM : Plan.Action.NEW_CLAIM;
            outcomes.add(new Plan.RowPlan(row, speakerId, action, existingClaim));
        }
        return new Plan(
                speakerIds,
                speakerNames,
                newSpeakers,
                articleIds,
                articleTitles,
                newArticles,
                newClaims,
                appearances,
                onExisting,
                present,
                outcomes,
                problems);
    }

    /**
     * A direct quote proposed for a published claim must be in its article's stored text, as the desk
     * requires: the import cannot confirm a difference for an editor, so the row is refused.
     */
    private Problem quoteProblem(ImportRow row) {
        if (!"DIRECT".equals(row.quoteKind())) {
            return null;
        }
        var body = jdbc
                .query(
                        "select body from article where normalized_url = ? and body is not null",
                        (rs, n) -> rs.getString(1),
                        row.normalizedUrl())
                .stream()
                .findFirst();
        if (body.isEmpty()) {
            return null;
        }
        var selector = row.quotePrefix() == null && row.quoteSuffix() == null
                ? TextQuoteSelector.locate(body.get(), row.quote())
                        .orElse(new TextQuoteSelector(null, row.quote(), null))
                : new TextQuoteSelector(row.quotePrefix(), row.quote(), row.quoteSuffix());
        return selector.foundIn(body.get()) ? null : Problem.of(row.line(), CsvImportReader.QUOTE, "quoteNotInArticle");
    }

    /** The open updates of published claims: which is in review, and the appearances each proposes already. */
    private record OpenUpdates(Set<Long> inReview, Set<String> proposed) {

        static OpenUpdates of(JdbcTemplate jdbc, Collection<Long> claimIds) {
            var inReview = new HashSet<Long>();
            var proposed = new HashSet<String>();
            if (claimIds.isEmpty()) {
                return new OpenUpdates(inReview, proposed);
            }
            jdbc.query(
                    """
                    select u.claim_id, u.status, a.article_url, a.quote
                    from claim_update u left join claim_update_appearance a on a.update_id = u.id
                    where u.claim_id = any(?::bigint[]) and u.status <> 'PUBLISHED'""",
                    rs -> {
                        if ("IN_REVIEW".equals(rs.getString(2))) {
                            inReview.add(rs.getLong(1));
                        }
                        var url = rs.getString(3);
                        if (url != null && CanonicalUrl.isValid(url)) {
                            proposed.add(key(rs.getLong(1), CanonicalUrl.of(url), rs.getString(4)));
                        }
                    },
                    longArray(claimIds));
            return new OpenUpdates(inReview, proposed);
        }

        boolean inReview(long claimId) {
            return inReview.contains(claimId);
        }

        boolean holds(long claimId, ImportRow row) {
            return proposed.contains(
                    key(claimId, row.normalizedUrl(), row.quote().strip()));
        }

        private static String key(long claimId, String normalizedUrl, String quote) {
            return claimId + "\u0000" + normalizedUrl + "\u0000" + quote;
        }
    }

    private static String existingClaimKey(long speakerId, String text, String saidOn, String precision) {
        return speakerId + "\u0000" + text + "\u0000" + saidOn + "\u0000" + precision;
    }

    /**
     * Writes the plan; the caller holds the transaction. The appearances of published claims are proposed
     * in each claim's update, by {@code authorId}, for another editor to publish. Returns the new claims'
     * ids by claim key.
     */
    Map<String, Long> write(Plan plan, long authorId, LongConsumer progress) {
        long scaleId = jdbc.queryForObject("select id from rating_scale where slug = 'default'", Long.class);

        var speakerIds = new HashMap<>(plan.speakerIds());
        var speakerSlugs = uniqueSpeakerSlugs(plan.newSpeakers().values());
        var ids = nextIds("speaker", plan.newSpeakers().size());
        var speakers = new Batch(
                "insert into speaker (id, kind, name, slug, role) select u.id, 'PERSON', u.name, u.slug, u.role"
                        + " from unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) as u(id, name, slug, role)",
                progress);
        int i = 0;
        for (var entry : plan.newSpeakers().entrySet()) {
            var row = entry.getValue();
            long id = ids.get(i++);
            speakerIds.put(entry.getKey(), id);
            speakers.add(id, row.speaker(), speakerSlugs.get(entry.getKey()), row.speakerRole());
        }
        speakers.flush();

        var articleIds = new HashMap<>(plan.articleIds());
        ids = nextIds("article", plan.newArticles().size());
        var articles = new Batch(
                "insert into article (id, url, normalized_url, title, outlet, language, published_at)"
                        + " select u.id, u.url, u.normalized_url, u.title, u.outlet, u.language, u.published_at::timestamptz"
                        + " from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                        + " as u(id, url, normalized_url, title, outlet, language, published_at)",
                progress);
        i = 0;
        for (var entry : plan.newArticles().entrySet()) {
            var row = entry.getValue();
            long id = ids.get(i++);
            articleIds.put(entry.getKey(), id);
            var title = articleTitle(row);
            var outlet = articleOutlet(row);
            var language = articleLanguage(row);
            var published = row.articlePublishedAt() == null
                    ? null
                    : row.articlePublishedAt().toString();
            articles.add(id, row.articleUrl(), entry.getKey(), title, outlet, language, published);
        }
        articles.flush();

        var topicIds = topics(plan.newClaims().values());

        var claimIds = new HashMap<String, Long>();
        ids = nextIds("claim", plan.newClaims().size());
        var claims = new Batch("""
                insert into claim (id, speaker_id, rating_scale_id, text, language, translation, translation_language,
                                   summary, summary_id, said_on, date_precision, said_where, status, slug)
                select u.id, u.speaker_id, ?, u.text, u.language, u.translation, u.translation_language, u.summary,
                       u.summary_id, u.said_on::date, u.date_precision, u.said_where, 'DRAFT', u.slug
                from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::text[], ?::text[], ?::text[])
                     as u(id, speaker_id, text, language, translation, translation_language, summary, summary_id,
                          said_on, date_precision, said_where, slug)""", progress, scaleId);
        var claimTopics = new Batch(
                "insert into claim_topic (claim_id, topic_id) select * from unnest(?::bigint[], ?::bigint[])", null);
        i = 0;
        for (var entry : plan.newClaims().entrySet()) {
            var row = entry.getValue();
            long id = ids.get(i++);
            claimIds.put(entry.getKey(), id);
            claims.add(
                    id,
                    speakerIds.get(row.speakerKey()),
                    row.claimText(),
                    row.language(),
                    row.translation(),
                    row.translationLanguage(),
                    row.summary(),
                    row.summaryIndonesian(),
                    row.saidOn() == null ? null : row.saidOn().toString(),
                    row.datePrecision(),
                    row.saidWhere(),
                    Slugs.of(
                            row.summary() != null
                                    ? row.summary()
                                    : row.summaryIndonesian() != null ? row.summaryIndonesian() : row.claimText()));
        }
        claims.flush();
        for (var entry : plan.newClaims().entrySet()) {
            var topicsOfClaim = new LinkedHashSet<Long>();
            entry.getValue().topics().forEach(name -> topicsOfClaim.add(topicIds.get(Slugs.of(name))));
            for (var topicId : topicsOfClaim) {
                claimTopics.add(claimIds.get(entry.getKey()), topicId);
            }
        }
        claimTopics.flush();

        var recorded = plan.recorded();
        ids = nextIds("appearance", recorded.size());
        var appearances = new Batch("""
                insert into appearance (id, claim_id, article_id, quote, quote_prefix, quote_suffix, quote_kind)
                select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[])""", progress);
        var chains = new Batch(
                "insert into appearance_attribution (appearance_id, position, name, url)"
                        + " select * from unnest(?::bigint[], ?::int[], ?::text[], ?::text[])",
                null);
        // new articles come without stored text; a direct quote in one already recorded is checked against it
        var againstStoredText = new ArrayList<Long>();
        i = 0;
        for (var planned : recorded) {
            var row = planned.row();
            long id = ids.get(i++);
            if (plan.articleIds().containsKey(row.normalizedUrl()) && "DIRECT".equals(row.quoteKind())) {
                againstStoredText.add(id);
            }
            var claimId = planned.existingClaimId() != null ? planned.existingClaimId() : claimIds.get(row.claimKey());
            appearances.add(
                    id,
                    claimId,
                    articleIds.get(row.normalizedUrl()),
                    row.quote(),
                    row.quotePrefix(),
                    row.quoteSuffix(),
                    row.quoteKind());
            for (int position = 0; position < row.attribution().size(); position++) {
                var link = row.attribution().get(position);
                chains.add(id, (long) position, link.getName(), link.getUrl());
            }
        }
        appearances.flush();
        chains.flush();
        claimManagement.flagImportedQuotes(againstStoredText);
        claimManagement.appearancesRecorded(recorded.stream()
                .map(Plan.PlannedAppearance::existingClaimId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));

        // readers see a published claim's new appearance only once another editor publishes its update
        for (var planned : plan.proposed()) {
            var row = planned.row();
            updates.proposeAppearance(
                    planned.existingClaimId(),
                    new NewArticle(
                            row.articleUrl(),
                            articleTitle(row),
                            articleOutlet(row),
                            List.of(),
                            null,
                            articleLanguage(row),
                            row.articlePublishedAt(),
                            null,
                            null,
                            authorId),
                    new NewAppearance(
                            0,
                            row.quote(),
                            row.quotePrefix(),
                            row.quoteSuffix(),
                            QuoteKind.valueOf(row.quoteKind()),
                            row.attribution()),
                    authorId);
            if (progress != null) {
                progress.accept(1);
            }
        }
        return claimIds;
    }

    private static String articleTitle(ImportRow row) {
        return row.articleTitle() != null ? row.articleTitle() : truncate(row.articleUrl(), 500);
    }

    private static String articleOutlet(ImportRow row) {
        return row.articleOutlet() != null ? row.articleOutlet() : outlet(row.normalizedUrl());
    }

    private static String articleLanguage(ImportRow row) {
        return row.articleLanguage() != null ? row.articleLanguage() : row.language();
    }

    private Map<String, Long> topics(Collection<ImportRow> rows) {
        var names = new LinkedHashMap<String, String>();
        rows.forEach(row -> row.topics().forEach(name -> names.putIfAbsent(Slugs.of(name), name)));
        var topicIds = new HashMap<String, Long>();
        if (names.isEmpty()) {
            return topicIds;
        }
        jdbc.query(
                "select slug, id from topic where slug = any(?::text[])",
                rs -> {
                    topicIds.put(rs.getString(1), rs.getLong(2));
                },
                array(names.keySet()));
        var missing = names.keySet().stream()
                .filter(slug -> !topicIds.containsKey(slug))
                .toList();
        var ids = nextIds("topic", missing.size());
        var topics = new Batch(
                "insert into topic (id, slug, name) select * from unnest(?::bigint[], ?::text[], ?::text[])", null);
        for (int i = 0; i < missing.size(); i++) {
            topicIds.put(missing.get(i), ids.get(i));
            topics.add(ids.get(i), missing.get(i), names.get(missing.get(i)));
        }
        topics.flush();
        return topicIds;
    }

    private Map<String, String> uniqueSpeakerSlugs(Collection<ImportRow> rows) {
        var bases = new LinkedHashMap<String, String>();
        rows.forEach(row -> bases.put(row.speakerKey(), Slugs.of(row.speaker())));
        var taken = new HashSet<String>();
        if (!bases.isEmpty()) {
            var distinct = new LinkedHashSet<>(bases.values());
            taken.addAll(jdbc.queryForList(
                    "select slug from speaker where slug = any(?::text[]) or substring(slug from '^(.*)-[0-9]+$') = any(?::text[])",
                    String.class,
                    array(distinct),
                    array(distinct)));
        }
        var slugs = new HashMap<String, String>();
        bases.forEach((key, base) -> {
            var slug = base;
            for (int n = 2; !taken.add(slug); n++) {
                slug = base + "-" + n;
            }
            slugs.put(key, slug);
        });
        return slugs;
    }

    private List<Long> nextIds(String table, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)", Long.class, table, count);
    }

    private static String outlet(String normalizedUrl) {
        var host = URI.create(normalizedUrl).getHost();
        host = host.startsWith("www.") ? host.substring(4) : host;
        return truncate(host, 200);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** An array parameter, typed as Object so that varargs do not spread it. */
    private static Object array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    private static Object longArray(Collection<Long> values) {
        return values.toArray(Long[]::new);
    }

    /**
     * Rows gathered column by column and sent as arrays, {@link #CHUNK} rows a statement. Leading
     * constant parameters (such as the rating scale) come before the arrays.
     */
    private final class Batch {

        private final String sql;
        private final LongConsumer progress;
        private final Object[] constants;
        private List<Object>[] columns;
        private int size;

        Batch(String sql, LongConsumer progress, Object... constants) {
            this.sql = sql;
            this.progress = progress;
            this.constants = constants;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void add(Object... values) {
            if (columns == null) {
                columns = new List[values.length];
                for (int c = 0; c < values.length; c++) {
                    columns[c] = new ArrayList<>(CHUNK);
                }
            }
            for (int c = 0; c < values.length; c++) {
                columns[c].add(values[c]);
            }
            if (++size == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (size == 0) {
                return;
            }
            int rows = size;
            jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (var statement = connection.prepareStatement(sql)) {
                    int p = 1;
                    for (var constant : constants) {
                        statement.setObject(p++, constant);
                    }
                    for (var column : columns) {
                        boolean numbers = column.stream().anyMatch(v -> v instanceof Long);
                        var values = numbers
                                ? column.toArray(Long[]::new)
                                : column.stream().map(v -> (String) v).toArray(String[]::new);
                        statement.setArray(p++, connection.createArrayOf(numbers ? "bigint" : "text", values));
                    }
                    return statement.executeUpdate();
                }
            });
            for (var column : columns) {
                column.clear();
            }
            size = 0;
            if (progress != null) {
                progress.accept(rows);
            }
        }
    }
}

package org.factline.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.factline.filter.ClaimConditions;
import org.factline.filter.ClaimFilter;
import org.factline.filter.SearchTerms;
import org.factline.timeline.ClaimCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of published claims with PostgreSQL: the query is read as a reader would type it
 * ({@code websearch_to_tsquery}: quotes, "or", "-word"), without accents, and in English, Indonesian
 * and word for word at once, so both languages' word forms and names find their claims. It answers with
 * the ids of the matching claims, best first, each with the words that matched ({@link Hit}); the reader
 * pages turn the ids into cards.
 */
@Service
@Transactional(readOnly = true)
class Searches {

    private static final Logger log = LoggerFactory.getLogger(Searches.class);

    /** Marks around highlighted words in ts_headline output; stripped from the text beforehand. */
    static final char START = '\uE000';

    static final char STOP = '\uE001';

    /** Stand-ins for "<" and ">" while ts_headline works: its parser would drop anything that looks like a tag. */
    static final char LT = '\uE002';

    static final char GT = '\uE003';

    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    /**
     * How many matches are ranked: the most recently published ones. A query as broad as "pemerintah"
     * can match most of the archive; reading and ranking every match would make it slow for everyone
     * (ranking costs about 0.01 ms a match: its search document is read and scored). Readers page
     * through the best of them, {@link #PAGE_SIZE} at a time.
     */
    static final int RANKED = 100;

    /**
     * Results a page shows: ten, each with its snippet, as search pages go (a browse page, whose cards
     * have none, shows twenty). Snippets are the costly part of a result.
     */
    static final int PAGE_SIZE = 10;

    /**
     * Bands of time looked at in turn, latest first: the weeks of the latest {@code LATEST} published claims,
     * then those of the latest {@code RECENT}, then the rest of the archive. The weeks bound the index scan;
     * a band is read only while the later ones hold fewer than {@link #RANKED} matches, so the matches found
     * are the latest of all (every other match is older). A common word stops at the first band, a rare one
     * costs a few quick index scans, and no document is read twice.
     */
    static final int LATEST = 5_000;

    static final int RECENT = 25_000;

    /** A query of letters, digits and spaces alone, which holds no phrase. */
    static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L}\\p{M}\\p{N}\\s]*");

    /** How long the weeks that bound the bands are reused: stale bounds cost time, never results. */
    private static final Duration BOUNDS_LIFETIME = Duration.ofMinutes(1);

    /**
     * The query as the index can answer it alone, and whether it holds a phrase. A phrase ("harga beras",
     * or a hyphenated word) needs the document itself, which costs about 0.015 ms a candidate: the index
     * looks for all its words, and the candidates are then checked against the phrase latest first, only
     * until enough are found, instead of every candidate of the band.
     */
    private static final String LOOSE_QUERY = "select regexp_replace(q::text, '<(\\d+|-)>', '&', 'g')::tsquery as q,"
            + " q::text ~ '<(\\d+|-)>' as phrase from query";

    /** Candidates found through the index alone: only published claims have a search document. */
    private static final String CANDIDATES = "select d.claim_id as id, d.published_at, d.document"
            + " from search_document d cross join loose where d.document @@ loose.q";

    /**
     * Candidates that must also pass the browse filters, whose conditions are appended
     * ({@link ClaimConditions.Tables#PUBLISHED_WITH_RATING}).
     */
    private static final String NARROWED_CANDIDATES = """
            select d.claim_id as id, d.published_at, d.document
            from search_document d
            join claim c on c.id = d.claim_id
            join speaker s on s.id = c.speaker_id
            join verdict v on v.claim_id = c.id and v.status = 'PUBLISHED'
            join rating r on r.id = v.rating_id
            cross join loose
            where c.status = 'PUBLISHED' and d.document @@ loose.q""";

    private final JdbcClient jdbc;
    private final int ranked;
    private final int latest;
    private final int recent;
    private volatile Bounds bounds;

    /** The weeks of publication from which the bands start, and until when they are used. */
    private record Bounds(int latestWeek, int recentWeek, Instant until) {}

    @Autowired
    Searches(JdbcClient jdbc) {
        this(jdbc, RANKED, LATEST, RECENT);
    }

    /** With other limits than {@link #RANKED}, {@link #LATEST} and {@link #RECENT} (tests). */
    Searches(JdbcClient jdbc, int ranked, int latest, int recent) {
        this.jdbc = jdbc;
        this.ranked = ranked;
        this.latest = latest;
        this.recent = recent;
    }

    /**
     * A claim that matched, and the words of it to show: its own, its translation's or its verdict's,
     * whichever hold the match (or its own when none shown does).
     *
     * @param language the language of the snippet's words
     */
    record Hit(long claimId, List<ClaimCard.Snippet> snippet, String language) {}

    /**
     * A page of matches, best first.
     *
     * @param hasNext whether more matches follow on the next page
     * @param ranked when only this many latest matches were ranked and that many found (older ones may
     *     exist, reached with a date range); 0 when every match was ranked
     */
    record Results(List<Hit> hits, int number, boolean hasNext, int ranked) {}

    /** The matches of a filter with a query, for a reader of English. */
    Results search(ClaimFilter filter) {
        return search(filter, "en");
    }

    /**
     * The matches of a filter with a query ({@link ClaimFilter#hasQuery()}), the browse filters applied; a
     * verdict's words, when they are the snippet, in the reader's language where the verdict has them.
     */
    Results search(ClaimFilter filter, String readerLanguage) {
        if (!filter.hasQuery()) {
            return new Results(List.of(), filter.page(), false, 0);
        }
        var conditions = ClaimConditions.withoutQuery(filter, ClaimConditions.Tables.PUBLISHED_WITH_RATING);
        var params = new HashMap<String, Object>(conditions.parameters());
        params.put("q", filter.q());
        params.put("options", HEADLINE_OPTIONS);
        params.put("markers", "<>" + START + STOP);
        params.put("standIns", "" + LT + GT);
        params.put("start", String.valueOf(START));
        params.put("reader", "id".equals(readerLanguage) ? "id" : "en");
        var bands = bounds();
        var candidates = filter.narrowed() ? NARROWED_CANDIDATES + conditions.sql() : CANDIDATES;
        var terms = SearchTerms.of(filter.q(), "term");
        params.putAll(terms.parameters());
        // only words joined by something other than spaces (quotes, hyphens, apostrophes, dots) make a phrase
        boolean phrases = !WORDS_ONLY.matcher(filter.q()).matches();
        var pairs = phrases ? phrasePairs(filter.q(), terms) : null;
        if (pairs != null) {
            // the index alone finds the documents that hold the phrases' words side by side
            candidates += " and f_search_pairs(d.document) @@ cast(:pairs as tsquery)";
            params.put("pairs", pairs);
        }
        var matched = new long[1];
        // limits and offset are written into the statement: as parameters, PostgreSQL's generic plan would
        // guess a small limit and walk the recency index testing every document, slow for rarer words
        var statement = """
                with words as (
                    select f_search_unaccent(:q) as text
                ), query as (
                    -- the query term by term for matching (SearchTerms); in each language for the headlines
                    select %1$s as q, e || s as english, i || s as indonesian, s as simple
                    from %2$s
                ), loose as (
                    %3$s
                ), %4$s, %5$s, %6$s, matches as (
                    -- a band of time is read only when the later ones hold too few matches
                    select * from (
                        select * from latest_matches
                        union all
                        select * from recent_matches
                        union all
                        select * from archive_matches
                    ) as found
                    order by published_at desc, id desc
                    limit %7$d
                ), ranked as (
                    -- rank the candidates by their search documents alone (ts_rank: cover density
                    -- cost 0.12 ms a document, fifteen times as much); the words to show for one page only
                    select m.id, ts_rank(m.document, query.q) as rank
                    from matches m
                    cross join query
                    order by rank desc, m.published_at desc, m.id desc
                    limit %8$d offset %9$d
                ), hits as (
                    select c.id, c.published_at, c.text, c.language, c.translation, c.translation_language,
                           -- the conclusion in the reader's language, else in the one it is written in
                           case when (:reader = 'id' and v.summary_id is not null) or v.summary is null
                                then v.summary_id else v.summary end as verdict_summary,
                           case when (:reader = 'id' and v.summary_id is not null) or v.summary is null
                                then 'id' else 'en' end as verdict_language,
                           ranked.rank
                    from ranked
                    join claim c on c.id = ranked.id
                    join verdict v on v.claim_id = c.id and v.status = 'PUBLISHED'
                    where c.status = 'PUBLISHED'
                )
                select hits.id, hits.language, hits.translation_language, hits.verdict_language,
                       words.text_headline,
                       translated.translation_headline,
                       (select count(*) from matches) as matched,
                       -- the verdict's words only when neither the claim's own nor its translation match
                       case when strpos(words.text_headline, :start) > 0
                                 or strpos(translated.translation_headline, :start) > 0 then null
                            else %12$s end as verdict_headline
                from hits
                -- "offset 0" keeps each headline a subquery of its own, computed once: pulled up,
                -- its expression would be copied into every place that reads it
                cross join lateral (select %10$s as text_headline offset 0) as words
                -- the translation's words only when the claim's own do not match
                cross join lateral (
                    select case when strpos(words.text_headline, :start) > 0 or hits.translation is null
                                then null else %11$s end as translation_headline
                    offset 0
                ) as translated
                order by hits.rank desc, hits.published_at desc, hits.id desc""".formatted(
                        SearchTerms.MATCH,
                        terms.readings("words"),
                        LOOSE_QUERY,
                        band("latest", candidates, "d.published_week >= " + bands.latestWeek(), phrases),
                        band(
                                "recent",
                                candidates,
                                "d.published_week >= " + bands.recentWeek()
                                        + " and d.published_week < " + bands.latestWeek()
                                        + " and (select count(*) from latest_matches) < " + ranked,
                                phrases),
                        band(
                                "archive",
                                candidates,
                                "d.published_week < " + bands.recentWeek()
                                        + " and (select count(*) from latest_matches)"
                                        + " + (select count(*) from recent_matches) < " + ranked,
                                phrases),
                        ranked,
                        PAGE_SIZE,
                        (long) filter.page() * PAGE_SIZE,
                        headline("hits.text", "hits.language"),
                        headline("hits.translation", "hits.translation_language"),
                        headline("hits.verdict_summary", "hits.verdict_language"));
        log.debug("Search statement:\n{}\nwith {}", statement, params);
        var hits = jdbc.sql(statement)
                .params(params)
                .query((rs, n) -> {
                    matched[0] = rs.getLong("matched");
                    long id = rs.getLong("id");
                    var text = pieces(rs.getString("text_headline"));
                    var translation = pieces(rs.getString("translation_headline"));
                    var verdict = pieces(rs.getString("verdict_headline"));
                    // the claim's own words when they match, else its translation, else the verdict (in the
                    // reader's language where it is written in it); the claim's words when nothing shown matches
                    if (hasHit(translation) && !hasHit(text)) {
                        return new Hit(id, translation, rs.getString("translation_language"));
                    }
                    return hasHit(text) || !hasHit(verdict)
                            ? new Hit(id, text, rs.getString("language"))
                            : new Hit(id, verdict, rs.getString("verdict_language"));
                })
                .list();
        return new Results(
                hits,
                filter.page(),
                matched[0] > (long) (filter.page() + 1) * PAGE_SIZE,
                matched[0] >= ranked ? ranked : 0);
    }

    /** What the query's phrases ask of the word pairs index ({@link PhrasePairs}), or {@code null}. */
    private String phrasePairs(String q, SearchTerms terms) {
        var query = matchQuery(q, terms);
        try {
            return PhrasePairs.of(query);
        } catch (IllegalArgumentException e) {
            // a query written in a way the reader of tsqueries does not know: the phrases are found without
            // the pairs, more slowly, never wrongly
            log.warn("Could not read the phrases of {}: {}", query, e.getMessage());
            return null;
        }
    }

    /** The query documents must match, as PostgreSQL writes a {@code tsquery}. */
    String matchQuery(String q) {
        return matchQuery(q, SearchTerms.of(q, "term"));
    }

    private String matchQuery(String q, SearchTerms terms) {
        return jdbc.sql("select " + terms.match("q") + "::text")
                .param("q", q)
                .params(terms.parameters())
                .query(String.class)
                .single();
    }

    /** The headline of a text in its own language, with the query as that language reads it. */
    private static String headline(String text, String language) {
        return """
                ts_headline(f_search_config(%2$s), translate(%1$s, :markers, :standIns),
                    case f_search_config(%2$s)
                        when 'indonesian'::regconfig then (select indonesian from query)
                        when 'english'::regconfig then (select english from query)
                        else (select simple from query) end,
                    :options)""".formatted(text, language);
    }

    /**
     * A band of candidates, latest first ({@code name}), and the first {@code ranked} of them that match
     * the query itself ({@code name_matches}): the phrase check reads documents only until enough are found.
     * A query without phrases is answered by the index alone: its band is the latest {@code ranked}
     * candidates, which PostgreSQL picks without sorting them all (a common word's band holds thousands:
     * "rice prices", 4,929 candidates in the latest band, sorted whole in 1.7 ms of a 6.3 ms search).
     */
    private String band(String name, String candidates, String condition, boolean phrases) {
        if (!phrases) {
            return """
                    %1$s_matches as materialized (
                        %2$s
                          and %3$s
                        order by d.published_at desc, d.claim_id desc
                        limit %4$d
                    )""".formatted(name, candidates, condition, ranked);
        }
        return """
                %1$s as materialized (
                    %2$s
                      and %3$s
                    order by d.published_at desc, d.claim_id desc
                ), %1$s_matches as materialized (
                    select id, published_at, document from %1$s cross join query cross join loose
                    where not loose.phrase or %1$s.document @@ query.q
                    limit %4$d
                )""".formatted(name, candidates, condition, ranked);
    }

    /**
     * The weeks of publication of the {@link #LATEST}th and {@link #RECENT}th latest published claims (the
     * first week of all when there are fewer), read again once a minute: claims published since are
     * newer, so inside the bands anyway.
     */
    private Bounds bounds() {
        var known = bounds;
        var now = Instant.now();
        if (known != null && now.isBefore(known.until())) {
            return known;
        }
        var fresh = jdbc.sql("""
                        select coalesce(f_publication_week((select published_at from search_document
                                   order by published_at desc offset :latest limit 1)), -2147483648),
                               coalesce(f_publication_week((select published_at from search_document
                                   order by published_at desc offset :recent limit 1)), -2147483648)""")
                .param("latest", latest - 1)
                .param("recent", recent - 1)
                .query((rs, n) -> new Bounds(rs.getInt(1), rs.getInt(2), now.plus(BOUNDS_LIFETIME)))
                .single();
        bounds = fresh;
        return fresh;
    }

    /** Splits a headline at our markers: the text stays text, escaped when the page is written ({@code fl:snippet}). */
    static List<ClaimCard.Snippet> pieces(String headline) {
        var pieces = new ArrayList<ClaimCard.Snippet>();
        if (headline == null) {
            return pieces;
        }
        var current = new StringBuilder();
        boolean hit = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    pieces.add(new ClaimCard.Snippet(current.toString(), hit));
                    current.setLength(0);
                }
                hit = c == START;
            } else {
                current.append(c == LT ? '<' : c == GT ? '>' : c);
            }
        }
        if (!current.isEmpty()) {
            pieces.add(new ClaimCard.Snippet(current.toString(), hit));
        }
        return pieces;
    }

    private static boolean hasHit(List<ClaimCard.Snippet> pieces) {
        return pieces.stream().anyMatch(ClaimCard.Snippet::hit);
    }
}

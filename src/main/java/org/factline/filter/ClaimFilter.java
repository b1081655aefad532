package org.factline.filter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What readers and editors narrow claims by, the same on every page that lists them (browse, search, the
 * CSV exports and the desk): {@code q} (words, read as search reads them: {@link SearchTerms}),
 * {@code speaker} and {@code topic} (slugs), {@code rating} (a rating code), {@code from} and {@code to}
 * (compared with the day a claim was said, inclusive) and {@code page} (0-based); on the desk and in its
 * export also {@code status}, and on the desk {@code mine} (the claims I created, {@link #author()}) and
 * {@code sort}/{@code dir}.
 *
 * <p>Read in one place, {@link #read}: a value that cannot be understood is left out and named in
 * {@link #problems()}; each page then says so its own way (browse and search show a note, the export
 * and the desk answer 400). {@link ClaimConditions} writes the SQL.
 *
 * @param status a claim status ({@link #STATUSES}), or {@code null} for any
 * @param author the id of the user whose claims alone are shown, or {@code null}
 * @param sort the desk's order: said, updated, speaker or status ({@link #SORTS})
 * @param assignee on the desk, the id of the colleague whose assigned claims alone are shown,
 *     {@link #UNASSIGNED} for the claims assigned to no one, or {@code null} for any ({@link #withAssignee})
 * @param translationMissing on the desk, only the claims whose headline, or whose current or open verdict's
 *     conclusion or reasons, are written in one language and not the other ({@code translation=missing})
 */
public record ClaimFilter(
        String q,
        String speaker,
        String topic,
        String rating,
        LocalDate from,
        LocalDate to,
        int page,
        String status,
        Long author,
        String sort,
        boolean ascending,
        List<Problem> problems,
        Long assignee,
        boolean translationMissing) {

    public static final int MAX_QUERY_LENGTH = 200;

    /** The claim statuses, as the claim module writes them. */
    public static final Set<String> STATUSES = Set.of("DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED");

    /** The desk's orders. */
    public static final Set<String> SORTS = Set.of("said", "updated", "speaker", "status");

    /** The desk's {@code assignee=none}: claims assigned to no one. */
    public static final long UNASSIGNED = 0;

    private static final String DEFAULT_SORT = "updated";
    private static final int MAX_PAGE = 10_000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * A parameter that could not be understood and was left out.
     *
     * @param messageKey the message saying why, with the parameter ({0}) and the value ({1}) as arguments
     */
    public record Problem(String parameter, String value, String messageKey) {}

    /** Who is asking: readers see published claims only, so a status other than "published" is not theirs. */
    public enum Audience {
        READERS,
        DESK
    }

    /**
     * The parameters as typed (bound from the query string); {@code null} or blank means "no filter".
     *
     * @param mine "true" for the desk's "only mine"
     * @param dir "asc" for the desk's ascending order
     */
    public record Parameters(
            String q,
            String speaker,
            String topic,
            String rating,
            String from,
            String to,
            String page,
            String status,
            String mine,
            String sort,
            String dir) {

        public static Parameters browse(
                String speaker, String topic, String rating, String from, String to, String page) {
            return search(null, speaker, topic, rating, from, to, page);
        }

        public static Parameters search(
                String q, String speaker, String topic, String rating, String from, String to, String page) {
            return new Parameters(q, speaker, topic, rating, from, to, page, null, null, null, null);
        }

        /** Whether the desk's "only mine" was asked for; read with the rest by {@link ClaimFilter#read}. */
        public boolean onlyMine() {
            return "true".equalsIgnoreCase(strip(mine));
        }
    }

    public ClaimFilter {
        problems = List.copyOf(problems);
    }

    public static ClaimFilter none() {
        return new ClaimFilter(
                null, null, null, null, null, null, 0, null, null, DEFAULT_SORT, false, List.of(), null, false);
    }

    /** The published claims of a speaker (a speaker's page, feed). */
    public static ClaimFilter ofSpeaker(String slug, int page) {
        return none().withSpeaker(slug).withPage(page);
    }

    /** The published claims of a topic (a topic's page, feed). */
    public static ClaimFilter ofTopic(String slug, int page) {
        return new ClaimFilter(
                null, null, slug, null, null, null, page, null, null, DEFAULT_SORT, false, List.of(), null, false);
    }

    /**
     * The page asked for on a reader page that takes no other filter (a speaker's or a topic's page),
     * read as {@link #read} reads it: a page number it cannot read is the first page.
     */
    public static int readerPage(String page) {
        return read(Parameters.browse(null, null, null, null, null, page), Audience.READERS, Set.of(), null)
                .page();
    }

    /**
     * Reads the parameters: the one place where they are checked.
     *
     * @param ratingCodes the rating codes that exist
     * @param me the user asking, for "only mine" ({@code null} for readers)
     */
    public static ClaimFilter read(Parameters parameters, Audience audience, Set<String> ratingCodes, Long me) {
        var problems = new ArrayList<Problem>();
        var q = query(parameters.q(), problems);
        var speaker = slug("speaker", parameters.speaker(), problems);
        var topic = slug("topic", parameters.topic(), problems);
        var rating = slug("rating", parameters.rating(), problems);
        if (rating != null && !ratingCodes.contains(rating)) {
            problems.add(new Problem("rating", parameters.rating(), "filter.problem.rating"));
            rating = null;
        }
        var from = date("from", parameters.from(), problems);
        var to = date("to", parameters.to(), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new Problem("to", parameters.to(), "filter.problem.range"));
            to = null;
        }
        int page = page(parameters.page(), problems);
        var status = status(parameters.status(), audience, problems);
        var mine = strip(parameters.mine());
        if (mine != null && !mine.equalsIgnoreCase("true") && !mine.equalsIgnoreCase("false")) {
            problems.add(new Problem("mine", parameters.mine(), "filter.problem.mine"));
        }
        var author = parameters.onlyMine() && audience == Audience.DESK ? me : null;
        var sort = strip(parameters.sort());
        if (sort != null && !SORTS.contains(sort)) {
            problems.add(new Problem("sort", parameters.sort(), "filter.problem.sort"));
            sort = null;
        }
        var dir = strip(parameters.dir());
        if (dir != null && !dir.equals("asc") && !dir.equals("desc")) {
            problems.add(new Problem("dir", parameters.dir(), "filter.problem.dir"));
            dir = null;
        }
        return new ClaimFilter(
                q,
                speaker,
                topic,
                rating,
                from,
                to,
                page,
                status,
                author,
                sort == null ? DEFAULT_SORT : sort,
                "asc".equals(dir),
                problems,
                null,
                false);
    }

    public boolean hasQuery() {
        return q != null;
    }

    /** Whether anything but the words narrows the claims (the browse filters). */
    public boolean narrowed() {
        return speaker != null || topic != null || rating != null || from != null || to != null;
    }

    /** Whether something could not be understood (and was left out). */
    public boolean invalid() {
        return !problems.isEmpty();
    }

    /** Whether only the claims of {@link #author()} are shown (the desk's "only mine"). */
    public boolean mine() {
        return author != null;
    }

    /** The same search without the browse filters. */
    public ClaimFilter onlyQuery() {
        return new ClaimFilter(
                q, null, null, null, null, null, 0, null, null, DEFAULT_SORT, false, List.of(), null, false);
    }

    public ClaimFilter withPage(int page) {
        return changed(copy -> copy.page = page);
    }

    public ClaimFilter withSpeaker(String speaker) {
        return changed(copy -> copy.speaker = speaker);
    }

    /** Claims of one status ({@link #STATUSES}). */
    public ClaimFilter withStatus(String status) {
        return changed(copy -> copy.status = status);
    }

    /** Only the claims this user created. */
    public ClaimFilter byAuthor(long author) {
        return changed(copy -> copy.author = author);
    }

    /** Only the claims assigned to this colleague ({@link #UNASSIGNED}: to no one; {@code null}: any). */
    public ClaimFilter withAssignee(Long assignee) {
        return changed(copy -> copy.assignee = assignee);
    }

    /**
     * Reads the desk's {@code assignee} ("none", or the id of one of the {@code colleagues}) into the filter;
     * a value that is neither is left out and named in {@link #problems()}, as {@link #read} does.
     */
    public ClaimFilter withAssignee(String value, Set<Long> colleagues) {
        var text = strip(value);
        if (text == null) {
            return withAssignee((Long) null);
        }
        if (text.equalsIgnoreCase("none")) {
            return withAssignee(UNASSIGNED);
        }
        try {
            long id = Long.parseLong(text);
            if (colleagues.contains(id)) {
                return withAssignee(id);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        return changed(copy -> {
            copy.assignee = null;
            copy.problems.add(new Problem("assignee", value, "filter.problem.assignee"));
        });
    }

    /** Only the claims with a text written in one language and not yet in the other, or any. */
    public ClaimFilter withTranslationMissing(boolean missing) {
        return changed(copy -> copy.translationMissing = missing);
    }

    /**
     * Reads the desk's {@code translation} ("missing", or nothing) into the filter; any other value is left out
     * and named in {@link #problems()}, as {@link #read} does.
     */
    public ClaimFilter withTranslation(String value) {
        var text = strip(value);
        if (text == null || text.equalsIgnoreCase("missing")) {
            return withTranslationMissing(text != null);
        }
        return changed(copy -> {
            copy.translationMissing = false;
            copy.problems.add(new Problem("translation", value, "filter.problem.translation"));
        });
    }

    /** This filter with what {@code change} sets on a copy of its values. */
    private ClaimFilter changed(Consumer<Copy> change) {
        var copy = new Copy(this);
        change.accept(copy);
        return copy.filter();
    }

    /** A filter's values, to change some of them and make a new filter of them. */
    private static final class Copy {
        String q;
        String speaker;
        String topic;
        String rating;
        LocalDate from;
        LocalDate to;
        int page;
        String status;
        Long author;
        String sort;
        boolean ascending;
        final List<Problem> problems;
        Long assignee;
        boolean translationMissing;

        Copy(ClaimFilter filter) {
            q = filter.q;
            speaker = filter.speaker;
            topic = filter.topic;
            rating = filter.rating;
            from = filter.from;
            to = filter.to;
            page = filter.page;
            status = filter.status;
            author = filter.author;
            sort = filter.sort;
            ascending = filter.ascending;
            problems = new ArrayList<>(filter.problems);
            assignee = filter.assignee;
            translationMissing = filter.translationMissing;
        }

        ClaimFilter filter() {
            return new ClaimFilter(
                    q,
                    speaker,
                    topic,
                    rating,
                    from,
                    to,
                    page,
                    status,
                    author,
                    sort,
                    ascending,
                    List.copyOf(problems),
                    assignee,
                    translationMissing);
        }
    }

    /** The query string of the browse and search filters on another page, e.g. for "next" links. */
    public String toQueryString(int page) {
        var builder = UriComponentsBuilder.newInstance();
        add(builder, "q", q);
        add(builder, "speaker", speaker);
        add(builder, "topic", topic);
        add(builder, "rating", rating);
        add(builder, "from", from == null ? null : from.toString());
        add(builder, "to", to == null ? null : to.toString());
        if (page > 0) {
            builder.queryParam("page", page);
        }
        var query = builder.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    private static void add(UriComponentsBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static String query(String value, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        // control characters (NUL among them) and search's own highlight markers never reach the database
        var query = value.replaceAll("[\\p{Cntrl}\uE000-\uE003]", " ").strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            problems.add(new Problem("q", query.substring(0, 20) + "…", "filter.problem.tooLong"));
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        return query.isEmpty() ? null : query;
    }

    private static String slug(String parameter, String value, List<Problem> problems) {
        var slug = strip(value);
        if (slug == null) {
            return null;
        }
        slug = slug.toLowerCase(Locale.ROOT);
        if (slug.length() > 200 || !SLUG.matcher(slug).matches()) {
            problems.add(new Problem(parameter, value, "filter.problem.slug"));
            return null;
        }
        return slug;
    }

    private static LocalDate date(String parameter, String value, List<Problem> problems) {
        var text = strip(value);
        if (text == null) {
            return null;
        }
        try {
            var date = LocalDate.parse(text);
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        problems.add(new Problem(parameter, value, "filter.problem.date"));
        return null;
    }

    private static int page(String value, List<Problem> problems) {
        var text = strip(value);
        if (text == null) {
            return 0;
        }
        try {
            int page = Integer.parseInt(text);
            if (page >= 0 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(new Problem("page", value, "filter.problem.page"));
        return 0;
    }

    private static String status(String value, Audience audience, List<Problem> problems) {
        var text = strip(value);
        if (text == null) {
            return null;
        }
        var status = text.toUpperCase(Locale.ROOT).replace('-', '_');
        if (!STATUSES.contains(status)) {
            problems.add(new Problem("status", value, "filter.problem.status"));
            return null;
        }
        if (audience == Audience.READERS) {
            if (!status.equals("PUBLISHED")) {
                problems.add(new Problem("status", value, "filter.problem.statusPublic"));
            }
            // readers see published claims alone anyway
            return null;
        }
        return status;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

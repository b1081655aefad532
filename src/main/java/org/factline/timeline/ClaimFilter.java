package org.factline.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters shared by browse, search and the CSV export: {@code q}, {@code speaker}, {@code topic},
 * {@code rating}, {@code from}, {@code to} (compared with the day a claim was said) and {@code page}
 * (0-based). Built leniently from whatever a reader typed: what cannot be understood is dropped and
 * noted in {@link #invalid()}, never answered with an error.
 */
public record ClaimFilter(
        String q,
        String speaker,
        String topic,
        String rating,
        LocalDate from,
        LocalDate to,
        int page,
        boolean invalid) {

    public static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_PAGE = 10_000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static ClaimFilter of(
            String q, String speaker, String topic, String rating, String from, String to, String page) {
        boolean[] invalid = {false};
        // control characters (NUL among them) and our own highlight markers never reach the database
        var query =
                q == null ? null : q.replaceAll("[\\p{Cntrl}\uE000\uE001]", " ").strip();
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        return new ClaimFilter(
                query == null || query.isEmpty() ? null : query,
                slug(speaker, invalid),
                slug(topic, invalid),
                slug(rating, invalid),
                date(from, invalid),
                date(to, invalid),
                page(page, invalid),
                invalid[0]);
    }

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, 0, false);
    }

    public boolean hasQuery() {
        return q != null;
    }

    public boolean narrowed() {
        return speaker != null || topic != null || rating != null || from != null || to != null;
    }

    /** The same search without the browse filters. */
    public ClaimFilter onlyQuery() {
        return new ClaimFilter(q, null, null, null, null, null, 0, false);
    }

    public ClaimFilter withPage(int page) {
        return new ClaimFilter(q, speaker, topic, rating, from, to, page, invalid);
    }

    /** The query string of this filter on another page, e.g. for "next" links and CSV downloads. */
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

    private static String slug(String value, boolean[] invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > 200 || !SLUG.matcher(trimmed).matches()) {
            invalid[0] = true;
            return null;
        }
        return trimmed;
    }

    private static LocalDate date(String value, boolean[] invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            var date = LocalDate.parse(value.strip());
            if (date.getYear() < 1 || date.getYear() > 9999) {
                invalid[0] = true;
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            invalid[0] = true;
            return null;
        }
    }

    private static int page(String value, boolean[] invalid) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page < 0 || page > MAX_PAGE) {
                invalid[0] = true;
                return 0;
            }
            return page;
        } catch (NumberFormatException e) {
            invalid[0] = true;
            return 0;
        }
    }
}

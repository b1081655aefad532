package org.factline.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters an export shares with the browse and search pages, as query parameters: {@code q}
 * (text), {@code speaker} (speaker slug), {@code topic} (topic slug), {@code rating} (rating code),
 * {@code from} and {@code to} (ISO dates on the date said, inclusive) and, in the desk export only,
 * {@code status}. Blank parameters mean "no filter".
 */
record ExportFilter(
        String q, String speaker, String topic, String rating, LocalDate from, LocalDate to, String status) {

    static final Set<String> CLAIM_STATUSES = Set.of("DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED");

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_QUERY_LENGTH = 200;

    static ExportFilter none() {
        return new ExportFilter(null, null, null, null, null, null, null);
    }

    /**
     * Parses and checks the parameters.
     *
     * @param desk whether drafts may be asked for (the editor's export)
     * @param ratingCodes the rating codes that exist
     * @throws InvalidFilterException naming the first parameter that is wrong
     */
    static ExportFilter parse(
            String q,
            String speaker,
            String topic,
            String rating,
            String from,
            String to,
            String status,
            boolean desk,
            Set<String> ratingCodes) {
        var text = blankToNull(q);
        if (text != null && text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidFilterException("q", text.substring(0, 20) + "…", "export.filter.tooLong");
        }
        var speakerSlug = slug("speaker", speaker);
        var topicSlug = slug("topic", topic);
        var ratingCode = blankToNull(rating);
        if (ratingCode != null) {
            ratingCode = ratingCode.toLowerCase(Locale.ROOT);
            if (!ratingCodes.contains(ratingCode)) {
                throw new InvalidFilterException("rating", rating, "export.filter.rating");
            }
        }
        var fromDate = date("from", from);
        var toDate = date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new InvalidFilterException("to", to, "export.filter.range");
        }
        var statusCode = blankToNull(status);
        if (statusCode != null) {
            statusCode = statusCode.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (!CLAIM_STATUSES.contains(statusCode)) {
                throw new InvalidFilterException("status", status, "export.filter.status");
            }
            if (!desk && !"PUBLISHED".equals(statusCode)) {
                throw new InvalidFilterException("status", status, "export.filter.statusPublic");
            }
            if (!desk) {
                statusCode = null;
            }
        }
        return new ExportFilter(text, speakerSlug, topicSlug, ratingCode, fromDate, toDate, statusCode);
    }

    private static String slug(String parameter, String value) {
        var slug = blankToNull(value);
        if (slug == null) {
            return null;
        }
        slug = slug.toLowerCase(Locale.ROOT);
        if (slug.length() > 200 || !SLUG.matcher(slug).matches()) {
            throw new InvalidFilterException(parameter, value, "export.filter.slug");
        }
        return slug;
    }

    private static LocalDate date(String parameter, String value) {
        var text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidFilterException(parameter, value, "export.filter.date");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

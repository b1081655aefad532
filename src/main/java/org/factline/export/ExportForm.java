package org.factline.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factline.filter.ClaimFilter;
import org.factline.speaker.Speaker;

/**
 * The desk's export form as typed: the speaker and topic by the name the site shows (or an alias, or a
 * slug, as an address may hold), the rating and status by code. {@link #read} turns it into a filter,
 * or into every problem at once, by field, for the form to show beside each.
 */
record ExportForm(
        String q, String speaker, String topic, String rating, String status, String from, String to, String excel) {

    /** A problem beside a field: a message key and its arguments (the value typed first). */
    record FieldProblem(String messageKey, String value) {}

    /** The filter, or the problems by field (in the form's order) when there are any. */
    record Result(ClaimFilter filter, Map<String, FieldProblem> problems) {

        boolean invalid() {
            return !problems.isEmpty();
        }
    }

    static ExportForm of(ClaimFilter.Parameters parameters, String excel) {
        return new ExportForm(
                parameters.q(),
                parameters.speaker(),
                parameters.topic(),
                parameters.rating(),
                parameters.status(),
                parameters.from(),
                parameters.to(),
                excel);
    }

    static ExportForm empty() {
        return new ExportForm(null, null, null, null, null, null, null, null);
    }

    Result read(List<Speaker> speakers, List<CsvExporter.TopicChoice> topics, Set<String> ratingCodes) {
        var problems = new LinkedHashMap<String, FieldProblem>();
        var speakerSlug = blank(speaker) ? null : speakerSlug(speakers);
        if (!blank(speaker) && speakerSlug == null) {
            problems.put("speaker", new FieldProblem("export.error.speaker", speaker.strip()));
        }
        var topicSlug = blank(topic) ? null : topicSlug(topics);
        if (!blank(topic) && topicSlug == null) {
            problems.put("topic", new FieldProblem("export.error.topic", topic.strip()));
        }
        var filter = ClaimFilter.read(
                new ClaimFilter.Parameters(q, speakerSlug, topicSlug, rating, from, to, null, status, null, null, null),
                ClaimFilter.Audience.DESK,
                ratingCodes,
                null);
        for (var problem : filter.problems()) {
            var key = "export.error."
                    + problem.messageKey().substring(problem.messageKey().lastIndexOf('.') + 1);
            problems.putIfAbsent(problem.parameter(), new FieldProblem(key, problem.value()));
        }
        var ordered = new LinkedHashMap<String, FieldProblem>();
        for (var field : List.of("q", "speaker", "topic", "rating", "status", "from", "to")) {
            if (problems.containsKey(field)) {
                ordered.put(field, problems.get(field));
            }
        }
        return new Result(filter, ordered);
    }

    /** The speaker's slug: by slug (an address), by name or by alias, without regard to case. */
    private String speakerSlug(List<Speaker> speakers) {
        var typed = speaker.strip();
        for (var candidate : speakers) {
            if (candidate.getSlug().equals(typed) || candidate.getName().equalsIgnoreCase(typed)) {
                return candidate.getSlug();
            }
        }
        var lower = typed.toLowerCase(Locale.ROOT);
        for (var candidate : speakers) {
            if (candidate.getAliases().stream()
                    .anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(lower))) {
                return candidate.getSlug();
            }
        }
        return null;
    }

    private String topicSlug(List<CsvExporter.TopicChoice> topics) {
        var typed = topic.strip();
        return topics.stream()
                .filter(candidate ->
                        candidate.slug().equals(typed) || candidate.name().equalsIgnoreCase(typed))
                .map(CsvExporter.TopicChoice::slug)
                .findFirst()
                .orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

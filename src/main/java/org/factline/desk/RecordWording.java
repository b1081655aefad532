package org.factline.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.factline.account.AccountManagement;
import org.factline.claim.SaidDate;
import org.factline.shared.WordDiff;
import org.factline.system.Dates;
import org.factline.verdict.Rating;
import org.factline.verdict.VerdictManagement;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that says what a field of a record is called and how its value reads, in the desk's
 * language, for every kind of record the desk edits: {@code claim}, {@code appearance}, {@code source},
 * {@code verdict}, {@code article} and {@code speaker}. The claim's history ({@link ClaimHistory}) and the
 * conflict pages use it, so a field reads the same everywhere the desk shows it.
 *
 * <ul>
 *   <li>{@link #label}: the label of the desk's form for that field (the same message key, never a copy of
 *       its text); fields no form shows (a status, a publication time) have a {@code desk.history.field.*}
 *       key. A field is found by the entity's name ({@code text}, {@code said}, {@code rating}) or by the
 *       form's ({@code claimText}, {@code saidOn}, {@code ratingId}), so the history (entity fields) and the
 *       conflict pages (form fields) both find it.
 *   <li>{@link #value}: the value in words ({@link Words}): an enum constant or its name by its message
 *       (status, precision, kind, stance …), a rating by its label in the desk's language (the rating, or
 *       its id), a language code by the language's name, a day as a reader writes it, an instant in the
 *       newsroom's time zone with the zone's name ({@code factline.time-zone}), a date said at its
 *       precision, a person (an account id) by their name, yes or no, an empty value as "(empty)", long text as its paragraphs and a list one item
 *       a line. Values may come typed (from the history) or as the text a form posted.
 *   <li>{@link #diff}: for long text (a rationale, a quote, an excerpt) whose old and new versions both
 *       exist, the word diff old → new ({@link WordDiff}, rendered by {@code fragments/diff}).
 * </ul>
 *
 * <p>From a template: {@code ${@wording.label('claim', 'summary')}} and
 * {@code ${@wording.value('claim', 'status', value)}} speak the request's language.
 */
@Component("wording")
public class RecordWording {

    /** How a field's value reads. */
    enum Shape {
        TEXT,
        PARAGRAPHS,
        LINES,
        CHOICE,
        LANGUAGE,
        DAY,
        MOMENT,
        SAID,
        RATING,
        YES_NO,
        PLACE,
        PERSON
    }

    /** A field: the message key of its label, how its value reads and, for a choice, its values' key prefix. */
    record Field(String label, Shape shape, String choices) {}

    /** A value in words: its paragraphs (one for a short value), or the word for "empty". */
    public record Words(List<String> paragraphs, boolean empty) {

        /** The words as one text, paragraphs separated by an empty line. */
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[\\h]*\\R\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    /** Fields kept for bookkeeping, which a reader of the desk never needs to see. */
    private static final Map<String, Set<String>> HIDDEN = Map.of(
            "appearance", Set.of("claim"),
            "retraction", Set.of("claim"),
            "article", Set.of("normalizedUrl", "bodySha256"));

    private static final Map<String, Map<String, Field>> FIELDS = fields();

    private final MessageSource messages;
    private final Dates dates;
    private final VerdictManagement verdicts;
    private final AccountManagement accounts;

    RecordWording(MessageSource messages, Dates dates, VerdictManagement verdicts, AccountManagement accounts) {
        this.messages = messages;
        this.dates = dates;
        this.verdicts = verdicts;
        this.accounts = accounts;
    }

    private static Map<String, Map<String, Field>> fields() {
        var all = new HashMap<String, Map<String, Field>>();
        var claim = new HashMap<String, Field>();
        put(claim, "desk.field.speaker", Shape.TEXT, "speaker", "speakerName");
        put(claim, "desk.field.claimText", Shape.PARAGRAPHS, "text", "claimText");
        put(claim, "desk.field.language", Shape.LANGUAGE, "language");
        put(claim, "desk.field.translation", Shape.PARAGRAPHS, "translation");
        put(claim, "desk.field.translationLanguage", Shape.LANGUAGE, "translationLanguage");
        put(claim, "desk.field.summary", Shape.TEXT, "summary");
        put(claim, "desk.field.summaryIndonesian", Shape.TEXT, "summaryIndonesian");
        put(claim, "desk.field.saidOn", Shape.SAID, "said");
        put(claim, "desk.field.saidOn", Shape.DAY, "saidOn");
        choice(claim, "desk.field.precision", "claim.precision.", "datePrecision");
        put(claim, "desk.field.saidWhere", Shape.TEXT, "saidWhere");
        put(claim, "desk.field.topics", Shape.LINES, "topics");
        choice(claim, "desk.col.status", "claim.status.", "status");
        put(claim, "desk.field.publishedOn", Shape.MOMENT, "publishedAt");
        put(claim, "desk.col.assignee", Shape.PERSON, "assignedTo", "assignee");
        all.put("claim", claim);

        var appearance = new HashMap<String, Field>();
        put(appearance, "desk.article.label", Shape.TEXT, "article");
        put(appearance, "desk.field.articleUrl", Shape.TEXT, "articleUrl");
        put(appearance, "desk.field.newArticleTitle", Shape.TEXT, "articleTitle");
        put(appearance, "desk.field.newArticleOutlet", Shape.TEXT, "articleOutlet");
        put(appearance, "desk.field.quote", Shape.PARAGRAPHS, "quote");
        put(appearance, "desk.history.field.quotePrefix", Shape.PARAGRAPHS, "quotePrefix");
        put(appearance, "desk.history.field.quoteSuffix", Shape.PARAGRAPHS, "quoteSuffix");
        choice(appearance, "desk.history.field.quoteKind", "claim.appearance.kind.", "quoteKind");
        put(appearance, "desk.field.chain", Shape.LINES, "chain");
        put(appearance, "desk.field.storedTextDiffers", Shape.YES_NO, "storedTextDiffers");
        put(appearance, "desk.field.storedTextNote", Shape.PARAGRAPHS, "storedTextNote", "quoteMismatchNote");
        choice(appearance, "desk.quoteMismatch.warning", "desk.quoteMismatch.short.", "quoteMismatch");
        put(appearance, "desk.history.field.quoteMismatchSince", Shape.MOMENT, "quoteMismatchSince");
        all.put("appearance", appearance);

        var source = new HashMap<String, Field>();
        put(source, "desk.field.url", Shape.TEXT, "url");
        put(source, "desk.field.sourceTitle", Shape.TEXT, "title");
        put(source, "desk.field.publisher", Shape.TEXT, "publisher");
        put(source, "desk.field.publishedOn", Shape.DAY, "publishedOn");
        choice(source, "desk.field.kind", "source.kind.", "kind");
        choice(source, "desk.field.stance", "claim.sources.", "stance");
        put(source, "desk.field.excerpt", Shape.PARAGRAPHS, "excerpt");
        put(source, "desk.field.archiveUrl", Shape.TEXT, "archiveUrl");
        put(source, "desk.history.field.position", Shape.PLACE, "position");
        put(source, "desk.history.field.accessedAt", Shape.MOMENT, "accessedAt");
        all.put("source", source);

        var verdict = new HashMap<String, Field>();
        put(verdict, "desk.field.rating", Shape.RATING, "rating", "ratingId");
        put(verdict, "desk.field.verdictSummary", Shape.TEXT, "summary");
        put(verdict, "desk.field.verdictSummaryIndonesian", Shape.TEXT, "summaryIndonesian");
        put(verdict, "desk.field.rationale", Shape.PARAGRAPHS, "rationale");
        put(verdict, "desk.field.rationaleIndonesian", Shape.PARAGRAPHS, "rationaleIndonesian");
        put(verdict, "desk.field.correctionReason", Shape.PARAGRAPHS, "correctionReason");
        choice(verdict, "desk.col.status", "verdict.status.", "status");
        put(verdict, "desk.verdict.comment", Shape.PARAGRAPHS, "reviewComment", "comment");
        put(verdict, "desk.field.publishedOn", Shape.MOMENT, "publishedAt");
        all.put("verdict", verdict);

        var article = new HashMap<String, Field>();
        put(article, "desk.field.url", Shape.TEXT, "url");
        put(article, "desk.field.title", Shape.TEXT, "title");
        put(article, "desk.field.outlet", Shape.TEXT, "outlet");
        put(article, "desk.field.authors", Shape.LINES, "authors");
        put(article, "desk.field.editor", Shape.TEXT, "editor");
        put(article, "desk.field.language", Shape.LANGUAGE, "language");
        put(article, "desk.field.publishedOn", Shape.DAY, "publishedOn");
        put(article, "desk.field.publishedOn", Shape.MOMENT, "publishedAt");
        put(article, "desk.history.field.retrievedAt", Shape.MOMENT, "retrievedAt");
        put(article, "desk.field.body", Shape.PARAGRAPHS, "body");
        all.put("article", article);

        var speaker = new HashMap<String, Field>();
        put(speaker, "desk.history.field.name", Shape.TEXT, "name", "speakerName");
        choice(speaker, "desk.history.field.speakerKind", "speaker.kind.", "kind", "newSpeakerKind");
        put(speaker, "desk.field.speakerRole", Shape.TEXT, "role", "newSpeakerRole");
        put(speaker, "desk.history.field.description", Shape.PARAGRAPHS, "description");
        put(speaker, "speaker.aliases", Shape.LINES, "aliases");
        put(speaker, "desk.history.field.wikidataId", Shape.TEXT, "wikidataId");
        put(speaker, "speaker.roles", Shape.LINES, "roles");
        all.put("speaker", speaker);

        var topic = new HashMap<String, Field>();
        put(topic, "desk.history.field.topicName", Shape.TEXT, "name");
        put(topic, "desk.history.field.topicNameIndonesian", Shape.TEXT, "nameIndonesian");
        put(topic, "desk.history.field.topicDescription", Shape.PARAGRAPHS, "description");
        put(topic, "desk.history.field.topicDescriptionIndonesian", Shape.PARAGRAPHS, "descriptionIndonesian");
        all.put("topic", topic);

        var update = new HashMap<String, Field>();
        choice(update, "desk.col.status", "update.status.", "status");
        put(update, "desk.field.publicNote", Shape.PARAGRAPHS, "publicNote");
        put(update, "desk.field.minor", Shape.YES_NO, "minor");
        all.put("update", update);

        var retraction = new HashMap<String, Field>();
        put(retraction, "desk.field.retractionReason", Shape.PARAGRAPHS, "reason");
        put(retraction, "desk.history.field.republishedAt", Shape.MOMENT, "republishedAt");
        all.put("retraction", retraction);
        return Map.copyOf(all);
    }

    private static void put(Map<String, Field> record, String label, Shape shape, String... names) {
        for (var name : names) {
            record.put(name, new Field(label, shape, null));
        }
    }

    private static void choice(Map<String, Field> record, String label, String choices, String... names) {
        for (var name : names) {
            record.put(name, new Field(label, Shape.CHOICE, choices));
        }
    }

    /** The kinds of record this class knows the fields of. */
    static Set<String> records() {
        return FIELDS.keySet();
    }

    /** Whether the field is one the desk shows (not a key or a fingerprint kept for bookkeeping). */
    public boolean shown(String record, String field) {
        return !HIDDEN.getOrDefault(record, Set.of()).contains(field);
    }

    /** Whether this class knows the field, so that it never has to fall back to the field's name. */
    static boolean knows(String record, String field) {
        return FIELDS.getOrDefault(record, Map.of()).containsKey(field)
                || HIDDEN.getOrDefault(record, Set.of()).contains(field);
    }

    /** What the record is called ("the claim", "klaim"), as in "created the claim". */
    public String record(String record, Locale locale) {
        return message("desk.history.record." + record, locale, record);
    }

    public String label(String record, String field) {
        return label(record, field, LocaleContextHolder.getLocale());
    }

    /** The field's label, as the desk's form for the record shows it. */
    public String label(String record, String field, Locale locale) {
        var known = field(record, field);
        return known != null ? message(known.label(), locale, field) : spelledOut(field);
    }

    public Words value(String record, String field, Object value) {
        return value(record, field, value, LocaleContextHolder.getLocale());
    }

    /** The value in words, as typed by the history or as posted by a form. */
    public Words value(String record, String field, Object value, Locale locale) {
        var known = field(record, field);
        var shape = known == null ? Shape.TEXT : known.shape();
        if (isEmpty(value)) {
            return empty(locale);
        }
        var paragraphs = switch (shape) {
            case PARAGRAPHS -> paragraphs(value);
            case LINES -> lines(value);
            default -> List.of(oneLine(known, shape, value, locale));
        };
        return paragraphs.isEmpty() ? empty(locale) : new Words(paragraphs, false);
    }

    /**
     * The words that changed, old → new, for long text whose old and new versions both exist; null where a
     * diff would not help (short values, a value added or emptied).
     */
    public WordDiff diff(String record, String field, Object before, Object after) {
        var known = field(record, field);
        if (known == null
                || known.shape() != Shape.PARAGRAPHS
                || !(before instanceof String old)
                || !(after instanceof String now)
                || old.isBlank()
                || now.isBlank()) {
            return null;
        }
        return WordDiff.between(old, now);
    }

    private Field field(String record, String field) {
        return FIELDS.getOrDefault(record, Map.of()).get(field);
    }

    private String oneLine(Field field, Shape shape, Object value, Locale locale) {
        return switch (shape) {
            case CHOICE -> choice(field.choices(), value, locale);
            case LANGUAGE -> language(value.toString(), locale);
            case DAY -> day(value, locale);
            case MOMENT -> moment(value, locale);
            case SAID -> said(value, locale);
            case RATING -> rating(value, locale);
            case YES_NO -> yesNo(value, locale);
            case PLACE -> place(value);
            case PERSON -> person(value);
            default -> value instanceof Enum<?> constant ? spelledOut(constant.name()) : value.toString();
        };
    }

    private String choice(String prefix, Object value, Locale locale) {
        var name = value instanceof Enum<?> constant
                ? constant.name()
                : value.toString().strip();
        return message(prefix + name, locale, spelledOut(name));
    }

    private String language(String code, Locale locale) {
        var tag = code.strip();
        var name = messages.getMessage("language." + tag, null, null, locale);
        if (name != null) {
            return name;
        }
        var display = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return display.isEmpty() ? tag : display;
    }

    private String day(Object value, Locale locale) {
        return typed(value, LocalDate.class, LocalDate::parse, date -> dates.day(date, locale));
    }

    private String moment(Object value, Locale locale) {
        return typed(value, Instant.class, Instant::parse, instant -> dates.dayTimeZone(instant, locale));
    }

    /** A date or time as it came (typed, or as the ISO text a form posted), formatted; other text as it is. */
    private static <T> String typed(
            Object value, Class<T> type, Function<String, T> parse, Function<T, String> format) {
        if (type.isInstance(value)) {
            return format.apply(type.cast(value));
        }
        try {
            return format.apply(parse.apply(value.toString().strip()));
        } catch (DateTimeParseException e) {
            return value.toString();
        }
    }

    private String said(Object value, Locale locale) {
        if (value instanceof SaidDate said) {
            return said.isKnown() ? said.format(locale) : message("claim.said.unknownDate", locale, "");
        }
        return day(value, locale);
    }

    private String rating(Object value, Locale locale) {
        if (value instanceof Rating rating) {
            return rating.getLabel(locale);
        }
        try {
            return verdicts.findRating(Long.parseLong(value.toString().strip()))
                    .map(rating -> rating.getLabel(locale))
                    .orElse(value.toString());
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    /** A person by their name (an account id as the record holds it). */
    private String person(Object value) {
        try {
            long id = Long.parseLong(value.toString().strip());
            return accounts.displayNames(Set.of(id)).getOrDefault(id, value.toString());
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    /** A position counted from 0, as a reader counts it: 1 for the first. */
    private static String place(Object value) {
        try {
            return String.valueOf(Long.parseLong(value.toString().strip()) + 1);
        } catch (NumberFormatException e) {
            return value.toString();
        }
    }

    private String yesNo(Object value, Locale locale) {
        var yes = value instanceof Boolean flag
                ? flag
                : Set.of("true", "on", "yes").contains(value.toString().strip());
        return message(yes ? "desk.history.yes" : "desk.history.no", locale, String.valueOf(yes));
    }

    private static List<String> lines(Object value) {
        Collection<?> items;
        if (value instanceof Collection<?> collection) {
            items = collection;
        } else if (value instanceof Object[] array) {
            items = Arrays.asList(array);
        } else {
            items = LINE_BREAK.splitAsStream(value.toString()).toList();
        }
        var lines = new ArrayList<String>();
        for (var item : items) {
            if (!isEmpty(item)) {
                lines.add(item.toString().strip());
            }
        }
        return lines;
    }

    private static List<String> paragraphs(Object value) {
        return PARAGRAPH_BREAK
                .splitAsStream(value.toString().strip())
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private Words empty(Locale locale) {
        return new Words(List.of(message("desk.history.empty", locale, "")), true);
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof CharSequence text && text.toString().isBlank())
                || (value instanceof Collection<?> collection && collection.isEmpty())
                || (value instanceof Object[] array && array.length == 0);
    }

    private String message(String key, Locale locale, String fallback, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, locale);
    }

    /** A name no message knows, in words rather than code: "quotePrefix" → "Quote prefix". */
    private static String spelledOut(String name) {
        var words = CAMEL.matcher(name.replace('_', ' ')).replaceAll(" ").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

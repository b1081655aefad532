package org.factline.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.article.Article;
import org.factline.article.CanonicalUrl;
import org.factline.claim.Appearance;
import org.factline.claim.Attribution;
import org.factline.claim.Chains;
import org.factline.claim.Claim;
import org.factline.claim.Topic;
import org.factline.claim.TopicNames;
import org.factline.shared.ControlCharacters;
import org.factline.shared.CsvCells;
import org.factline.speaker.Speaker;

/**
 * Reads and checks an uploaded CSV of claims, streaming: it decodes strictly as UTF-8, looks at the
 * header row for the delimiter and the required columns, then checks each row and collects every
 * problem with its line and column. Columns are found by name (the export's own names); unknown
 * columns are ignored, so the claims or appearances export can be imported as it is.
 */
final class CsvImportReader {

    static final String CLAIM_TEXT = "claim_text";
    static final String SPEAKER = "speaker";
    static final String SAID_ON = "said_on";
    static final String ARTICLE_URL = "article_url";
    static final String QUOTE = "quote";
    static final List<String> REQUIRED = List.of(CLAIM_TEXT, SPEAKER, SAID_ON, ARTICLE_URL, QUOTE);

    static final String LANGUAGE = "language";
    static final String TRANSLATION = "translation";
    static final String TRANSLATION_LANGUAGE = "translation_language";
    static final String SUMMARY = "summary";
    static final String SUMMARY_INDONESIAN = "summary_indonesian";
    static final String SPEAKER_ROLE = "speaker_role";
    static final String DATE_PRECISION = "date_precision";
    static final String SAID_WHERE = "said_where";
    static final String TOPICS = "topics";
    static final String ARTICLE_TITLE = "article_title";
    static final String ARTICLE_OUTLET = "article_outlet";
    static final String ARTICLE_LANGUAGE = "article_language";
    static final String ARTICLE_PUBLISHED_AT = "article_published_at";
    static final String QUOTE_PREFIX = "quote_prefix";
    static final String QUOTE_SUFFIX = "quote_suffix";
    static final String QUOTE_KIND = "quote_kind";
    static final String ATTRIBUTION = "attribution";
    static final String RATING = "rating";

    /** Columns whose text may span lines (tabs and line breaks kept); any other refuses them with the controls. */
    static final Set<String> MULTI_LINE =
            Set.of(CLAIM_TEXT, QUOTE, TRANSLATION, QUOTE_PREFIX, QUOTE_SUFFIX, ATTRIBUTION);

    /** A claim whose language is not given is marked "undetermined" (ISO 639-2 und) for an editor to fix. */
    static final String UNKNOWN_LANGUAGE = "und";

    private static final Pattern LANGUAGE_CODE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]+)*$");
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern MONTH = Pattern.compile("^\\d{4}-\\d{2}$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}$");
    private static final Set<String> PRECISIONS = Set.of("DAY", "MONTH", "YEAR", "UNKNOWN");

    /** Problems shown; the count goes on. */
    static final int MAX_PROBLEMS_KEPT = 1000;

    private final int maxRows;
    private final Set<String> ratings;

    /**
     * @param ratings rating codes and labels (lower case) that a {@code rating} column may hold
     */
    CsvImportReader(int maxRows, Set<String> ratings) {
        this.maxRows = maxRows;
        this.ratings = ratings;
    }

    /**
     * What reading a file found: the good rows, the problems, and whether the file as a whole could not be
     * read (then no row may be imported, whichever the mode). Rows with a problem are left out of
     * {@code rows}; {@code rejectedRows} counts them.
     */
    record Result(
            List<ImportRow> rows,
            List<Problem> problems,
            long problemCount,
            long rowCount,
            long rejectedRows,
            boolean fatal) {

        boolean ok() {
            return problemCount == 0;
        }
    }

    /** Told each row as read, with the cells as written and the row's own problems (none for a good row). */
    interface RowListener {

        RowListener NONE = (header, line, cells, problems) -> {};

        void row(List<String> header, long line, List<String> cells, List<Problem> problems);
    }

    Result read(InputStream raw) throws IOException {
        return read(raw, RowListener.NONE);
    }

    Result read(InputStream raw, RowListener listener) throws IOException {
        var collector = new Collector();
        var in = new PushbackInputStream(raw, 3);
        var start = in.readNBytes(3);
        if (start.length >= 2
                && ((start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
                        || (start[0] == (byte) 0xFE && start[1] == (byte) 0xFF))) {
            collector.add(Problem.of(1, null, "encoding"));
            return collector.result(List.of(), 0);
        }
        boolean bom =
                start.length == 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
        if (!bom && start.length > 0) {
            in.unread(start);
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);

        String headerLine;
        try {
            headerLine = reader.readLine();
        } catch (CharacterCodingException e) {
            collector.add(Problem.of(1, null, "encoding"));
            return collector.result(List.of(), 0);
        }
        if (headerLine == null || headerLine.isBlank()) {
            collector.add(Problem.of(1, null, "empty"));
            return collector.result(List.of(), 0);
        }
        var delimiter = wrongDelimiter(headerLine);
        if (delimiter != null) {
            collector.add(Problem.of(1, null, "delimiter", delimiter));
            return collector.result(List.of(), 0);
        }
        var header = header(headerLine, collector);
        if (header == null) {
            return collector.result(List.of(), 0);
        }

        var rows = new ArrayList<ImportRow>();
        var seen = new HashMap<String, Long>();
        var headerNames = header.names();
        long rowCount = 0;
        long rejected = 0;
        long consumed = 0;
        try (var parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
            var records = parser.iterator();
            while (true) {
                long line = consumed + 2;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    var code = e.getCause() instanceof CharacterCodingException ? "encoding" : "malformed";
                    collector.add(Problem.of(parser.getCurrentLineNumber() + 2, null, code));
                    collector.fatal = true;
                    break;
                }
                consumed = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (++rowCount > maxRows) {
                    collector.add(Problem.of(line, null, "tooManyRows", maxRows));
                    collector.fatal = true;
                    break;
                }
                collector.startRow();
                if (record.size() != header.size()) {
                    collector.add(Problem.of(line, null, "cells", record.size(), header.size()));
                } else {
                    var row = row(line, record, header.columns(), collector);
                    if (row != null) {
                        var first = seen.putIfAbsent(row.appearanceKey(), line);
                        if (first != null) {
                            collector.add(Problem.of(line, QUOTE, "duplicate", first));
                        } else {
                            rows.add(row);
                        }
                    }
                }
                var problems = collector.rowProblems();
                if (!problems.isEmpty()) {
                    rejected++;
                }
                listener.row(headerNames, line, record.toList(), problems);
            }
        }
        if (rowCount == 0 && collector.count == 0) {
            collector.add(Problem.of(2, null, "noRows"));
            collector.fatal = true;
        }
        return collector.fatal
                ? new Result(List.of(), List.copyOf(collector.kept), collector.count, rowCount, rejected, true)
                : new Result(
                        List.copyOf(rows), List.copyOf(collector.kept), collector.count, rowCount, rejected, false);
    }

    /** The delimiter a spreadsheet used instead of the comma, when the header row shows one. */
    static String wrongDelimiter(String headerLine) {
        if (headerLine.indexOf(',') >= 0) {
            return null;
        }
        if (headerLine.indexOf(';') >= 0) {
            return ";";
        }
        if (headerLine.indexOf('\t') >= 0) {
            return "TAB";
        }
        if (headerLine.indexOf('|') >= 0) {
            return "|";
        }
        return null;
    }

    /** The header row: where each named column is, and its names as written. */
    private record Header(Map<String, Integer> columns, List<String> names) {

        int size() {
            return names.size();
        }
    }

    private static Header header(String headerLine, Collector collector) throws IOException {
        List<String> names;
        try (var parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(headerLine))) {
            names = parser.getRecords().get(0).toList();
        } catch (IllegalStateException | UncheckedIOException e) {
            collector.add(Problem.of(1, null, "malformed"));
            return null;
        }
        var columns = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                collector.add(Problem.of(1, name, "duplicateColumn"));
            }
        }
        for (var required : REQUIRED) {
            if (!columns.containsKey(required)) {
                collector.add(Problem.of(1, required, "missingColumn"));
            }
        }
        if (collector.count > 0) {
            return null;
        }
        return new Header(columns, List.copyOf(names));
    }

    private ImportRow row(long line, CSVRecord record, Map<String, Integer> columns, Collector problems) {
        var cells = new Cells(line, record, columns, problems);
        long before = problems.count;

        var claimText = cells.required(CLAIM_TEXT, Claim.TEXT_MAX);
        var speaker = cells.required(SPEAKER, Speaker.NAME_MAX);
        var articleUrl = cells.required(ARTICLE_URL, CanonicalUrl.MAX_LENGTH);
        var quote = cells.requiredRaw(QUOTE, Appearance.QUOTE_MAX);
        var language = cells.language(LANGUAGE);
        var translation = cells.optionalRaw(TRANSLATION, Claim.TRANSLATION_MAX);
        var translationLanguage = cells.language(TRANSLATION_LANGUAGE);
        var summary = cells.optional(SUMMARY, Claim.SUMMARY_MAX);
        var summaryIndonesian = cells.optional(SUMMARY_INDONESIAN, Claim.SUMMARY_MAX);
        var speakerRole = cells.optional(SPEAKER_ROLE, Speaker.ROLE_MAX);
        var saidWhere = cells.optional(SAID_WHERE, Claim.SAID_WHERE_MAX);
        var articleTitle = cells.optional(ARTICLE_TITLE, Article.TITLE_MAX);
        var articleOutlet = cells.optional(ARTICLE_OUTLET, Article.OUTLET_MAX);
        var articleLanguage = cells.language(ARTICLE_LANGUAGE);
        var quotePrefix = cells.optionalRaw(QUOTE_PREFIX, Appearance.QUOTE_CONTEXT_MAX);
        var quoteSuffix = cells.optionalRaw(QUOTE_SUFFIX, Appearance.QUOTE_CONTEXT_MAX);

        String normalizedUrl = null;
        if (articleUrl != null) {
            if (!CanonicalUrl.isValid(articleUrl)) {
                problems.add(Problem.of(line, ARTICLE_URL, "url", shorten(articleUrl)));
            } else {
                normalizedUrl = CanonicalUrl.of(articleUrl);
                if (normalizedUrl.length() > CanonicalUrl.MAX_LENGTH) {
                    problems.add(
                            Problem.of(line, ARTICLE_URL, "tooLong", normalizedUrl.length(), CanonicalUrl.MAX_LENGTH));
                }
            }
        }

        // when it was said, at the precision given or the one its form shows (2022-08-15, 2022-08, 2022)
        var precisionText = cells.optional(DATE_PRECISION, 10);
        String precision = null;
        if (precisionText != null) {
            precision = precisionText.toUpperCase(Locale.ROOT);
            if (!PRECISIONS.contains(precision)) {
                problems.add(Problem.of(line, DATE_PRECISION, "precision", shorten(precisionText)));
                precision = null;
            }
        }
        var saidText = cells.optional(SAID_ON, 40);
        LocalDate saidOn = null;
        String datePrecision = null;
        if ("UNKNOWN".equals(precision)) {
            datePrecision = "UNKNOWN";
        } else if (saidText == null) {
            if (cells.present(SAID_ON)) {
                problems.add(Problem.of(line, SAID_ON, "required"));
            }
        } else {
            try {
                if (DAY.matcher(saidText).matches()) {
                    saidOn = LocalDate.parse(saidText);
                    datePrecision = "DAY";
                } else if (MONTH.matcher(saidText).matches()) {
                    saidOn = YearMonth.parse(saidText).atDay(1);
                    datePrecision = "MONTH";
                } else if (YEAR.matcher(saidText).matches()) {
                    saidOn = LocalDate.of(Integer.parseInt(saidText), 1, 1);
                    datePrecision = "YEAR";
                } else {
                    problems.add(Problem.of(line, SAID_ON, "date", shorten(saidText)));
                }
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(line, SAID_ON, "date", shorten(saidText)));
            }
            if (saidOn != null && precision != null) {
                datePrecision = precision;
                saidOn = switch (precision) {
                    case "MONTH" -> saidOn.withDayOfMonth(1);
                    case "YEAR" -> saidOn.withDayOfYear(1);
                    default -> saidOn;
                };
            }
        }

        var publishedText = cells.optional(ARTICLE_PUBLISHED_AT, 40);
        Instant publishedAt = null;
        if (publishedText != null) {
            publishedAt = instant(publishedText);
            if (publishedAt == null) {
                problems.add(Problem.of(line, ARTICLE_PUBLISHED_AT, "date", shorten(publishedText)));
            }
        }

        var kindText = cells.optional(QUOTE_KIND, 20);
        var quoteKind = "DIRECT";
        if (kindText != null) {
            quoteKind = kindText.toUpperCase(Locale.ROOT);
            if (!quoteKind.equals("DIRECT") && !quoteKind.equals("PARAPHRASE")) {
                problems.add(Problem.of(line, QUOTE_KIND, "quoteKind", shorten(kindText)));
            }
        }

        var rating = cells.optional(RATING, 100);
        if (rating != null && !ratings.contains(rating.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of(line, RATING, "rating", shorten(rating)));
        }

        var topics = TopicNames.parse(cells.optional(TOPICS, 5000));
        for (var name : topics) {
            if (TopicNames.tooLong(name)) {
                problems.add(
                        Problem.of(line, TOPICS, "tooLong", name.codePointCount(0, name.length()), Topic.NAME_MAX));
            }
        }

        List<Attribution> attribution = List.of();
        var chainText = cells.optional(ATTRIBUTION, 5000);
        if (chainText != null) {
            var chain = Chains.parse(chainText);
            if (chain.isEmpty()) {
                problems.add(Problem.of(line, ATTRIBUTION, "chain", shorten(chainText)));
            } else {
                attribution = chain.get();
            }
        }

        if (problems.count > before) {
            return null;
        }
        if (translation == null) {
            translationLanguage = null;
        } else if (translationLanguage == null) {
            translationLanguage = "en";
        }
        return new ImportRow(
                line,
                claimText,
                language != null ? language : UNKNOWN_LANGUAGE,
                translation,
                translationLanguage,
                summary,
                summaryIndonesian,
                speaker,
                speakerRole,
                saidOn,
                datePrecision,
                saidWhere,
                List.copyOf(topics),
                normalizedUrl == null ? articleUrl : CanonicalUrl.clean(articleUrl),
                normalizedUrl,
                articleTitle,
                articleOutlet,
                articleLanguage,
                publishedAt,
                quote,
                quotePrefix,
                quoteSuffix,
                quoteKind,
                List.copyOf(attribution));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    /**
     * Undoes our export's formula neutralisation: a leading apostrophe before {@code = + - @}, TAB, CR
     * or LF was added by the export and is not part of the text.
     */
    static String restore(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && CsvCells.isDangerous(value.charAt(1))) {
            return value.substring(1);
        }
        return value;
    }

    /** The cells of one record, looked up by column name, with the checks every column shares. */
    private static final class Cells {

        private final long line;
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final Collector problems;
        private final Set<String> refused = new HashSet<>();

        Cells(long line, CSVRecord record, Map<String, Integer> columns, Collector problems) {
            this.line = line;
            this.record = record;
            this.columns = columns;
            this.problems = problems;
        }

        boolean present(String column) {
            return columns.containsKey(column);
        }

        /** The cell as written (apostrophe removed), or null when the column is absent or the cell blank. */
        String raw(String column) {
            var index = columns.get(column);
            if (index == null) {
                return null;
            }
            var value = restore(record.get(index));
            ControlCharacters.find(value, MULTI_LINE.contains(column))
                    .filter(found -> refused.add(column))
                    .ifPresent(found -> problems.add(
                            Problem.of(line, column, "controlCharacter", found.codePoint(), found.position())));
            return value.isBlank() ? null : value;
        }

        String required(String column, int max) {
            var value = requiredRaw(column, max);
            return value == null ? null : value.strip();
        }

        /** Kept as written, spaces included: quotes and translations are compared exactly. */
        String requiredRaw(String column, int max) {
            var value = raw(column);
            if (value == null) {
                problems.add(Problem.of(line, column, "required"));
                return null;
            }
            return length(column, value, max);
        }

        String optional(String column, int max) {
            var value = raw(column);
            return value == null ? null : length(column, value.strip(), max);
        }

        String optionalRaw(String column, int max) {
            var value = raw(column);
            return value == null ? null : length(column, value, max);
        }

        String language(String column) {
            var value = optional(column, 10);
            if (value != null && !LANGUAGE_CODE.matcher(value).matches()) {
                problems.add(Problem.of(line, column, "language", shorten(value)));
                return null;
            }
            return value;
        }

        private String length(String column, String value, int max) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                problems.add(Problem.of(line, column, "tooLong", length, max));
                return null;
            }
            return value;
        }
    }

    /** Every problem counted, the first {@link #MAX_PROBLEMS_KEPT} kept, and those of the row being read. */
    private static final class Collector {

        final List<Problem> kept = new ArrayList<>();
        private List<Problem> row;
        long count;
        boolean fatal;

        void add(Problem problem) {
            count++;
            if (kept.size() < MAX_PROBLEMS_KEPT) {
                kept.add(problem);
            }
            if (row != null) {
                row.add(problem);
            }
        }

        void startRow() {
            row = new ArrayList<>(2);
        }

        List<Problem> rowProblems() {
            var problems = row;
            row = null;
            return problems;
        }

        /** The file cannot be read as a whole: nothing of it is imported. */
        Result result(List<ImportRow> rows, long rowCount) {
            fatal = true;
            return new Result(List.copyOf(rows), List.copyOf(kept), count, rowCount, 0, true);
        }
    }
}

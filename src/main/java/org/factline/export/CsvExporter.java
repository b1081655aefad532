package org.factline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factline.filter.ClaimConditions;
import org.factline.filter.ClaimFilter;
import org.factline.shared.CsvCells;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams an export from PostgreSQL to the client: one statement in a read-only transaction with a
 * fetch size, so pgjdbc reads a window of rows at a time and each row is written as soon as it is read.
 * The heap holds one window, whatever the row count. When the client goes away, the write fails, the
 * exception unwinds through JdbcTemplate (closing the cursor) and the transaction rolls back, which
 * ends the query.
 */
@Service
class CsvExporter {

    static final int FETCH_SIZE = 1000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CsvExporter.class);

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    CsvExporter(DataSource dataSource, PlatformTransactionManager transactions) {
        var streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The rating codes a filter may name. */
    Set<String> ratingCodes() {
        return readOnly.execute(status -> new LinkedHashSet<>(
                jdbc.getJdbcTemplate().queryForList("select distinct code from rating order by code", String.class)));
    }

    /** A rating a filter may name, with its labels; public only for the export form's template. */
    public record RatingChoice(String code, String labelEn, String labelId) {

        public String label(Locale locale) {
            return "id".equals(locale.getLanguage()) ? labelId : labelEn;
        }
    }

    /** A topic a filter may name; public only for the export form's template. */
    public record TopicChoice(String slug, String name) {}

    /** The topics a filter may name, by name. */
    List<TopicChoice> topics() {
        return readOnly.execute(status -> jdbc.getJdbcTemplate()
                .query(
                        "select slug, name from topic order by name",
                        (rs, n) -> new TopicChoice(rs.getString(1), rs.getString(2))));
    }

    /** The ratings a filter may name, by code, labelled as the default scale labels them (else their own scale). */
    List<RatingChoice> ratingChoices() {
        return readOnly.execute(status -> jdbc.getJdbcTemplate()
                .query("""
                        select distinct on (r.code) r.code, r.label_en, r.label_id
                        from rating r join rating_scale s on s.id = r.scale_id
                        order by r.code, (s.slug = 'default') desc, s.id""", (rs, n) -> new RatingChoice(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    /**
     * Writes the export to the stream and returns the number of rows written.
     *
     * @throws UncheckedIOException when the client stopped reading; the query is then already ended
     */
    long write(Export export, OutputStream out) {
        var query = query(export);
        log.debug("CSV export statement:\n{}", query.sql());
        var columns = export.dataset().columns(export.desk());
        return readOnly.execute(status -> {
            try {
                if (export.excel()) {
                    out.write(BOM);
                }
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                var printer = new CSVPrinter(writer, FORMAT);
                printer.printRecord(columns.stream().map(Dataset.Column::name).toList());
                long[] rows = {0};
                var cells = new String[columns.size()];
                var text = new boolean[columns.size()];
                for (int i = 0; i < text.length; i++) {
                    text[i] = columns.get(i).text();
                }
                jdbc.query(query.sql(), query.parameters(), rs -> {
                    try {
                        for (int i = 0; i < cells.length; i++) {
                            var value = rs.getString(i + 1);
                            cells[i] = text[i] ? CsvCells.text(value) : value;
                        }
                        printer.printRecord((Object[]) cells);
                        rows[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                printer.flush();
                return rows[0];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The statement an export runs; also what the benchmark hands to {@code psql \copy}. */
    Query query(Export export) {
        var dataset = export.dataset();
        var filter = export.filter();
        var locale = export.locale();
        var select = dataset.columns(export.desk()).stream()
                .map(column -> column.sql(locale) + " as " + column.name())
                .collect(Collectors.joining(",\n       ", "select ", "\n"));
        var where = new StringBuilder("where true");
        var parameters = new HashMap<String, Object>();
        parameters.put("base", export.baseUrl());
        if (!export.desk()) {
            where.append(" and c.status = 'PUBLISHED'");
            if (!dataset.publicCondition().isEmpty()) {
                where.append(" and ").append(dataset.publicCondition());
            }
        }
        var conditions = ClaimConditions.of(
                filter, export.desk() ? ClaimConditions.Tables.ANY_STATUS : ClaimConditions.Tables.PUBLISHED);
        where.append(conditions.sql());
        parameters.putAll(conditions.parameters());
        var sql = select + dataset.from(locale) + where + "\norder by " + dataset.orderBy();
        return new Query(sql, Map.copyOf(parameters));
    }

    /** What to export, for whom. */
    record Export(Dataset dataset, ClaimFilter filter, boolean desk, boolean excel, Locale locale, String baseUrl) {}

    record Query(String sql, Map<String, Object> parameters) {}
}

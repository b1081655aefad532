package org.factline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.claim.Attribution;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.filter.ClaimFilter;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.VerdictManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What the CSV downloads hold, byte for byte where it matters. */
@IntegrationTest
class CsvExportTests {

    static final List<String> CLAIM_COLUMNS = List.of(
            "id",
            "url",
            "status",
            "claim_text",
            "language",
            "translation",
            "translation_language",
            "summary",
            "speaker",
            "speaker_slug",
            "speaker_role",
            "said_on",
            "date_precision",
            "said_where",
            "topics",
            "article_url",
            "article_title",
            "article_outlet",
            "article_language",
            "article_published_at",
            "quote",
            "quote_kind",
            "appearances",
            "sources",
            "rating",
            "rating_label",
            "rating_value",
            "verdict_summary",
            "verdict_published_at",
            "corrected",
            "summary_indonesian",
            "verdict_summary_indonesian");

    static final String QUOTE_TEXT = "Kami tidak akan menyerah, kata dia: \"tidak pernah\",\nkata Песков.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SpeakerManagement speakers;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ClaimManagement claims;

    @Autowired
    EvidenceManagement evidence;

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    CsvExporter exporter;

    Speaker speaker;
    String topic;
    String articleUrl;
    long publishedId;
    long draftId;
    long draftVerdictId;
    long supersededVerdictId;
    long currentVerdictId;

    @BeforeEach
    void recordAPublishedAndACorrectedClaimAndADraft() {
        var data = new TestData(context);
        long author = data.user(Role.REPORTER).getId();
        long reviewer = data.user(Role.REPORTER, Role.EDITOR).getId();
        speaker = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                TestData.unique("Дмитрий Песков"),
                "Kremlin spokesman.",
                "Kremlin spokesman",
                null,
                List.of(),
                List.of(new NewSpeaker.HeldRole(
                        "Press secretary of the President of Russia", LocalDate.of(2012, 5, 22), null))));
        articleUrl = "https://www.kompas.com/global/read/2022/08/16/" + UUID.randomUUID();
        var article = articles.record(new NewArticle(
                articleUrl,
                "Rusia, \"tidak pernah\" menyerah",
                "Kompas.com",
                List.of("Aditya Jaya"),
                null,
                "id",
                Instant.parse("2022-08-16T03:30:00Z"),
                null,
                null));
        topic = TestData.unique("Perang, Rusia");
        var claim = claims.create(new NewClaim(
                speaker.getId(),
                QUOTE_TEXT,
                "id",
                "We will never give up, he said: \"never\".",
                "en",
                "Peskov says Russia will never give up",
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                "at a briefing in Moscow",
                List.of(topic),
                null));
        publishedId = claim.getId();
        claims.addAppearance(
                publishedId,
                new NewAppearance(
                        article.getId(),
                        "tidak pernah",
                        "kata dia: \"",
                        "\",",
                        QuoteKind.DIRECT,
                        List.of(new Attribution("RIA Novosti", null), new Attribution("Peskov's briefing", null))));
        evidence.attach(
                publishedId,
                new NewSource(
                        "https://example.org/briefing",
                        "Briefing transcript",
                        "Kremlin",
                        LocalDate.of(2022, 8, 15),
                        SourceKind.OFFICIAL_STATEMENT,
                        Stance.CONTEXT,
                        "=the transcript",
                        null,
                        null));
        supersededVerdictId = verdicts.draft(
                        new NewVerdict(publishedId, rating("misleading"), "First verdict.", "First rationale.", author))
                .getId();
        verdicts.publishReviewed(supersededVerdictId, reviewer);
        // a correction: the first verdict is superseded by a published one with a public reason
        jdbc.sql("update verdict set status = 'SUPERSEDED' where id = ?")
                .param(supersededVerdictId)
                .update();
        currentVerdictId = jdbc.sql("""
                        insert into verdict (claim_id, rating_scale_id, rating_id, summary, rationale, status, author_id,
                                             reviewer_id, published_at, supersedes_id, correction_reason)
                        select claim_id, rating_scale_id, ?, 'Corrected verdict, half true.', 'New rationale.',
                               'PUBLISHED', author_id, reviewer_id, timestamptz '2022-09-01 10:00:00+00', id,
                               'A second source was found.'
                        from verdict where id = ? returning id""")
                .params(rating("half-true"), supersededVerdictId)
                .query(Long.class)
                .single();

        draftId = claims.create(new NewClaim(
                        speaker.getId(),
                        TestData.unique("Draft statement that readers must not see"),
                        "en",
                        null,
                        null,
                        null,
                        LocalDate.of(2022, 7, 1),
                        DatePrecision.MONTH,
                        null,
                        List.of(),
                        null))
                .getId();
        draftVerdictId = verdicts.draft(new NewVerdict(draftId, rating("false"), "Draft verdict.", "Draft.", author))
                .getId();
    }

    @Test
    void theClaimsExportHasTheDocumentedColumnsAndEveryValueOfAPublishedClaim() {
        var result = mvc.get()
                .uri("/export/claims.csv?speaker=" + speaker.getSlug())
                .header("Host", "factline.example")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .matches("attachment; filename=\"factline-claims-\\d{4}-\\d{2}-\\d{2}\\.csv\"");

        var csv = parse(body(result));
        assertThat(csv.header()).isEqualTo(CLAIM_COLUMNS);
        assertThat(csv.rows()).hasSize(1);
        var row = csv.rows().get(0);
        var slug = jdbc.sql("select slug from claim where id = ?")
                .param(publishedId)
                .query(String.class)
                .single();
        var expected = new LinkedHashMap<String, String>();
        expected.put("id", String.valueOf(publishedId));
        // from FACTLINE_PUBLIC_URL, whatever Host the request named
        expected.put("url", "http://localhost:8080/claims/" + publishedId + "-" + slug);
        expected.put("status", "published");
        expected.put("claim_text", QUOTE_TEXT);
        expected.put("language", "id");
        expected.put("translation", "We will never give up, he said: \"never\".");
        expected.put("translation_language", "en");
        expected.put("summary", "Peskov says Russia will never give up");
        expected.put("speaker", speaker.getName());
        expected.put("speaker_slug", speaker.getSlug());
        expected.put("speaker_role", "Press secretary of the President of Russia");
        expected.put("said_on", "2022-08-15");
        expected.put("date_precision", "day");
        expected.put("said_where", "at a briefing in Moscow");
        expected.put("topics", topic);
        expected.put("article_url", articleUrl);
        expected.put("article_title", "Rusia, \"tidak pernah\" menyerah");
        expected.put("article_outlet", "Kompas.com");
        expected.put("article_language", "id");
        expected.put("article_published_at", "2022-08-16T03:30:00Z");
        expected.put("quote", "tidak pernah");
        expected.put("quote_kind", "direct");
        expected.put("appearances", "1");
        expected.put("sources", "1");
        expected.put("rating", "half-true");
        expected.put("rating_label", "Half true");
        expected.put("rating_value", "3");
        expected.put("verdict_summary", "Corrected verdict, half true.");
        expected.put("verdict_published_at", "2022-09-01T10:00:00Z");
        expected.put("corrected", "true");
        expected.put("summary_indonesian", "");
        expected.put("verdict_summary_indonesian", "");
        assertThat(row).containsExactlyEntriesOf(expected);
    }

    @Test
    void everyDownloadHasTheColumnsTheReadmeDocumentsInThatOrder() {
        var documented = Map.of(
                "appearances",
                List.of(
                        "appearance_id",
                        "claim_id",
                        "claim_url",
                        "claim_text",
                        "language",
                        "speaker",
                        "said_on",
                        "date_precision",
                        "article_url",
                        "article_title",
                        "article_outlet",
                        "article_language",
                        "article_published_at",
                        "quote",
                        "quote_prefix",
                        "quote_suffix",
                        "quote_kind",
                        "attribution"),
                "sources",
                List.of(
                        "source_id",
                        "claim_id",
                        "claim_url",
                        "position",
                        "stance",
                        "kind",
                        "title",
                        "publisher",
                        "published_on",
                        "url",
                        "archive_url",
                        "excerpt",
                        "accessed_at"),
                "verdicts",
                List.of(
                        "verdict_id",
                        "claim_id",
                        "claim_url",
                        "status",
                        "rating",
                        "rating_label",
                        "rating_value",
                        "summary",
                        "rationale",
                        "author",
                        "reviewer",
                        "published_at",
                        "supersedes_id",
                        "correction_reason",
                        "summary_indonesian",
                        "rationale_indonesian"));
        var deskOnly = Map.of(
                "appearances", List.of("claim_status", "created_at"),
                "sources", List.of("claim_status", "created_at"),
                "verdicts", List.of("review_comment", "claim_status", "created_at"));
        documented.forEach((dataset, columns) -> {
            var publicCsv =
                    parse(body(mvc.get().uri("/export/" + dataset + ".csv").exchange()));
            assertThat(publicCsv.header()).as(dataset).isEqualTo(columns);
            var deskCsv = parse(body(mvc.get()
                    .uri("/desk/export/" + dataset + ".csv")
                    .with(editor())
                    .exchange()));
            var all = new java.util.ArrayList<>(columns);
            all.addAll(deskOnly.get(dataset));
            assertThat(deskCsv.header()).as(dataset).isEqualTo(all);
        });
        var verdict = parse(body(mvc.get()
                        .uri("/export/verdicts.csv?speaker=" + speaker.getSlug())
                        .exchange()))
                .row("verdict_id", String.valueOf(supersededVerdictId));
        assertThat(verdict)
                .containsEntry("status", "superseded")
                .containsEntry("rating", "misleading")
                // Misleading is off the true-to-false scale: no number that would rank it with False
                .containsEntry("rating_value", "")
                .containsEntry("summary", "First verdict.")
                .containsEntry("rationale", "First rationale.")
                .containsEntry("supersedes_id", "")
                .containsEntry("claim_id", String.valueOf(publishedId));
        assertThat(verdict.get("author")).startsWith("user ");
        assertThat(verdict.get("published_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        var source = parse(body(mvc.get()
                        .uri("/export/sources.csv?speaker=" + speaker.getSlug())
                        .exchange()))
                .rows()
                .get(0);
        assertThat(source)
                .containsEntry("stance", "context")
                .containsEntry("kind", "official_statement")
                .containsEntry("title", "Briefing transcript")
                .containsEntry("publisher", "Kremlin")
                .containsEntry("published_on", "2022-08-15")
                .containsEntry("url", "https://example.org/briefing")
                .containsEntry("archive_url", "");
    }

    @Test
    void fieldsWithCommasQuotesAndNewlinesAreQuotedAndRowsEndWithCrLf() {
        var text = body(
                mvc.get().uri("/export/claims.csv?speaker=" + speaker.getSlug()).exchange());
        assertThat(text)
                .startsWith("id,url,status,claim_text,")
                .contains("\"Kami tidak akan menyerah, kata dia: \"\"tidak pernah\"\",\nkata Песков.\"")
                .contains(",\"We will never give up, he said: \"\"never\"\".\",")
                .endsWith(",true,,\r\n");
        assertThat(text.split("\r\n")).hasSize(2);
    }

    @Test
    void indonesianLabelsForIndonesianReaders() {
        var csv = parse(body(mvc.get()
                .uri("/export/claims.csv?speaker=" + speaker.getSlug())
                .header("Accept-Language", "id")
                .exchange()));
        assertThat(csv.rows().get(0).get("rating_label")).isEqualTo("Setengah benar");
        assertThat(csv.header()).isEqualTo(CLAIM_COLUMNS);
    }

    @Test
    void everyDangerousFirstCharacterIsNeutralisedButNumbersAreNot() {
        var dangerous = List.of("=1+1", "+62 812 555", "-5% growth", "@SUM(A1:A9)", "\tcmd", "\rcmd", "\ncmd");
        var ids = new LinkedHashMap<Long, String>();
        for (var translation : dangerous) {
            var id = claims.create(new NewClaim(
                            speaker.getId(),
                            TestData.unique("Statement"),
                            "id",
                            translation,
                            "en",
                            null,
                            null,
                            DatePrecision.UNKNOWN,
                            null,
                            List.of(),
                            null))
                    .getId();
            ids.put(id, translation);
        }
        var csv = parse(body(mvc.get()
                .uri("/desk/export/claims.csv?status=draft&speaker=" + speaker.getSlug())
                .with(editor())
                .exchange()));
        for (var entry : ids.entrySet()) {
            var row = csv.row("id", String.valueOf(entry.getKey()));
            assertThat(row.get("translation")).isEqualTo("'" + entry.getValue());
        }
        var sources = parse(body(mvc.get()
                .uri("/export/sources.csv?speaker=" + speaker.getSlug())
                .exchange()));
        assertThat(sources.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("excerpt")).isEqualTo("'=the transcript");
            assertThat(row.get("position")).isEqualTo("0");
        });
        assertThat(csv.rows()).allSatisfy(row -> assertThat(row.get("id")).matches("\\d+"));
    }

    @Test
    void thePublicExportsHoldNoDraftAndNoUnpublishedVerdict() {
        for (var dataset : List.of("claims", "appearances", "sources", "verdicts")) {
            var text = body(mvc.get().uri("/export/" + dataset + ".csv").exchange());
            assertThat(text).doesNotContain("Draft statement that readers must not see", "Draft verdict.");
            var csv = parse(text);
            assertThat(csv.rows()).isNotEmpty();
            var statusColumn = dataset.equals("claims") ? "status" : null;
            if (statusColumn != null) {
                assertThat(csv.rows())
                        .allSatisfy(row -> assertThat(row.get("status")).isEqualTo("published"));
            }
            assertThat(csv.header()).doesNotContain("claim_status", "created_at", "review_comment");
        }
        var verdictsCsv = parse(body(mvc.get().uri("/export/verdicts.csv").exchange()));
        assertThat(verdictsCsv.rows())
                .allSatisfy(row -> assertThat(row.get("status")).isIn("published", "superseded"));
        assertThat(verdictsCsv.rows()).noneMatch(row -> row.get("verdict_id").equals(String.valueOf(draftVerdictId)));
        var ofSpeaker = parse(body(mvc.get()
                .uri("/export/verdicts.csv?speaker=" + speaker.getSlug())
                .exchange()));
        assertThat(ofSpeaker.rows())
                .extracting(row -> row.get("verdict_id"))
                .containsExactly(String.valueOf(supersededVerdictId), String.valueOf(currentVerdictId));
        assertThat(ofSpeaker.row("verdict_id", String.valueOf(currentVerdictId)))
                .containsEntry("supersedes_id", String.valueOf(supersededVerdictId))
                .containsEntry("correction_reason", "A second source was found.")
                .containsEntry("status", "published");
    }

    @Test
    void theDeskExportHoldsDraftsAndInternalFields() {
        var csv = parse(body(mvc.get()
                .uri("/desk/export/claims.csv?speaker=" + speaker.getSlug())
                .with(editor())
                .exchange()));
        assertThat(csv.header().subList(0, CLAIM_COLUMNS.size())).isEqualTo(CLAIM_COLUMNS);
        assertThat(csv.header().subList(CLAIM_COLUMNS.size(), csv.header().size()))
                .containsExactly("verdict_status", "created_at", "updated_at", "published_at");
        assertThat(csv.row("id", String.valueOf(draftId)))
                .containsEntry("status", "draft")
                .containsEntry("url", "")
                .containsEntry("verdict_status", "draft")
                .containsEntry("said_on", "2022-07-01")
                .containsEntry("date_precision", "month");
        var verdictsCsv = parse(body(mvc.get()
                .uri("/desk/export/verdicts.csv?speaker=" + speaker.getSlug())
                .with(editor())
                .exchange()));
        assertThat(verdictsCsv.rows())
                .extracting(row -> row.get("verdict_id"))
                .contains(String.valueOf(draftVerdictId));
    }

    @Test
    void theDeskExportNeedsASignIn() {
        assertThat(mvc.get().uri("/desk/export/claims.csv").exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/desk/export").exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/desk/export").with(editor()).exchange()).hasStatusOk();
    }

    @Test
    void filtersBySpeakerTopicRatingDatesTextAndStatus() {
        var bySpeaker = ids("/desk/export/claims.csv?speaker=" + speaker.getSlug());
        assertThat(bySpeaker).contains(publishedId, draftId);
        var topicSlug = jdbc.sql("select slug from topic where name = ?")
                .param(topic)
                .query(String.class)
                .single();
        assertThat(ids("/desk/export/claims.csv?topic=" + topicSlug)).containsExactly(publishedId);
        assertThat(ids("/desk/export/claims.csv?speaker=" + speaker.getSlug() + "&rating=half-true"))
                .containsExactly(publishedId);
        assertThat(ids("/desk/export/claims.csv?speaker=" + speaker.getSlug() + "&rating=misleading"))
                .isEmpty();
        assertThat(ids("/desk/export/claims.csv?speaker=" + speaker.getSlug() + "&from=2022-08-01&to=2022-08-31"))
                .containsExactly(publishedId);
        assertThat(ids("/desk/export/claims.csv?speaker=" + speaker.getSlug() + "&to=2022-07-31"))
                .containsExactly(draftId);
        assertThat(ids("/desk/export/claims.csv?speaker=" + speaker.getSlug() + "&status=draft"))
                .containsExactly(draftId);
        assertThat(ids("/desk/export/claims.csv?speaker=" + speaker.getSlug() + "&q=menyerah"))
                .containsExactly(publishedId);
        assertThat(ids("/desk/export/claims.csv?q=" + speaker.getSlug() + "-nothing-matches"))
                .isEmpty();
        var appearances = parse(
                body(mvc.get().uri("/export/appearances.csv?topic=" + topicSlug).exchange()));
        assertThat(appearances.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("claim_id")).isEqualTo(String.valueOf(publishedId));
            assertThat(row.get("article_url")).isEqualTo(articleUrl);
            assertThat(row.get("quote_prefix")).isEqualTo("kata dia: \"");
            assertThat(row.get("attribution")).isEqualTo("Peskov's briefing → RIA Novosti");
        });
    }

    @Test
    void theTextQueryFindsWhatSearchFinds() {
        // "giving" is not a word of the claim, but its English translation says "give": search reads the
        // query in English too (and without accents), so the exports find what /search finds
        var search =
                mvc.get().uri("/search?q=giving&speaker=" + speaker.getSlug()).exchange();
        assertThat(body(search)).contains("/claims/" + publishedId + "-");
        assertThat(ids("/export/claims.csv?q=giving&speaker=" + speaker.getSlug()))
                .containsExactly(publishedId);
        assertThat(ids("/desk/export/claims.csv?q=giving&speaker=" + speaker.getSlug()))
                .containsExactly(publishedId);
        // and, word by word, what it does not
        assertThat(ids("/export/claims.csv?q=giving+taking&speaker=" + speaker.getSlug()))
                .isEmpty();
    }

    @Test
    void badFilterParametersGetAClearBadRequestPage() {
        var badDate = mvc.get().uri("/export/claims.csv?from=17-08-2022").exchange();
        assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(badDate)).contains("from", "YYYY-MM-DD", "17-08-2022");
        var badStatus = mvc.get()
                .uri("/desk/export/claims.csv?status=secret")
                .with(editor())
                .header("Accept-Language", "id")
                .exchange();
        assertThat(badStatus).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(badStatus)).contains("Unduhan tidak dapat dibuat", "secret");
        assertThat(mvc.get().uri("/export/claims.csv?status=draft").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get()
                        .uri("/export/verdicts.csv?rating=no-such-rating-at-all")
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/export/everything.csv").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theExcelOptionAddsAByteOrderMark() throws Exception {
        var plain =
                mvc.get().uri("/export/claims.csv?speaker=" + speaker.getSlug()).exchange();
        var excel = mvc.get()
                .uri("/export/claims.csv?excel=true&speaker=" + speaker.getSlug())
                .exchange();
        var bytes = excel.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(bytes, 3, bytes.length))
                .isEqualTo(plain.getResponse().getContentAsByteArray());
    }

    @Test
    void postgresReadsOurExportBackToTheSameValues() throws Exception {
        var text = body(mvc.get()
                .uri("/desk/export/claims.csv?speaker=" + speaker.getSlug())
                .with(editor())
                .exchange());
        var ours = parse(text);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var columns = String.join(" text, ", ours.header()) + " text";
            try (var statement = connection.createStatement()) {
                statement.execute("create temp table exported (" + columns + ") on commit drop");
            }
            var copied = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy exported from stdin (format csv, header)", new StringReader(text));
            assertThat(copied).isEqualTo(ours.rows().size());
            try (var statement = connection.createStatement();
                    var rs = statement.executeQuery("""
                            select e.*, c.text as db_text, c.translation as db_translation, s.name as db_speaker,
                                   c.said_on::text as db_said_on
                            from exported e join claim c on c.id = e.id::bigint join speaker s on s.id = c.speaker_id
                            order by e.id::bigint""")) {
                int n = 0;
                while (rs.next()) {
                    var row = ours.rows().get(n++);
                    for (var column : ours.header()) {
                        var viaPostgres = rs.getString(column);
                        assertThat(viaPostgres == null ? "" : viaPostgres)
                                .as(column)
                                .isEqualTo(row.get(column));
                    }
                    assertThat(rs.getString("claim_text")).isEqualTo(rs.getString("db_text"));
                    assertThat(rs.getString("speaker")).isEqualTo(rs.getString("db_speaker"));
                    assertThat(rs.getString("said_on")).isEqualTo(rs.getString("db_said_on"));
                    if (rs.getLong("id") == publishedId) {
                        assertThat(rs.getString("translation")).isEqualTo(rs.getString("db_translation"));
                    }
                }
                assertThat(n).isEqualTo(ours.rows().size()).isGreaterThanOrEqualTo(2);
            }
            connection.rollback();
        }
    }

    @Test
    void aClientThatGoesAwayEndsTheQueryAndItsTransaction() {
        var export = new CsvExporter.Export(
                Dataset.CLAIMS, ClaimFilter.none(), true, false, Locale.ENGLISH, "http://localhost");
        var broken = new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 10) {
                    throw new IOException("Connection reset by peer");
                }
            }
        };
        assertThatThrownBy(() -> exporter.write(export, broken)).isInstanceOf(UncheckedIOException.class);
        long stillRunning = jdbc.sql("select count(*) from pg_stat_activity where pid <> pg_backend_pid()"
                        + " and datname = current_database()"
                        + " and query like '%from claim c%' and state <> 'idle'")
                .query(Long.class)
                .single();
        assertThat(stillRunning).isZero();
        // the connection went back to the pool in a clean state: the next export works
        var out = new java.io.ByteArrayOutputStream();
        assertThat(exporter.write(export, out)).isGreaterThan(1);
    }

    private List<Long> ids(String uri) {
        return parse(body(mvc.get().uri(uri).with(editor()).exchange())).rows().stream()
                .map(row -> Long.parseLong(row.get("id")))
                .toList();
    }

    private long rating(String code) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getId();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        "editor@example.org")
                .roles("REPORTER", "EDITOR");
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Csv parse(String text) {
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            var header = parser.getHeaderNames();
            var rows = parser.getRecords().stream()
                    .map(CSVRecord::toMap)
                    .map(m -> {
                        var ordered = new LinkedHashMap<String, String>();
                        header.forEach(h -> ordered.put(h, m.get(h)));
                        return (Map<String, String>) ordered;
                    })
                    .toList();
            return new Csv(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Csv(List<String> header, List<Map<String, String>> rows) {
        Map<String, String> row(String column, String value) {
            return rows.stream()
                    .filter(r -> value.equals(r.get(column)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No row with " + column + "=" + value));
        }
    }
}

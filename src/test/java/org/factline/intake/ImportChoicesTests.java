package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The import's choices as an editor makes them on the desk: the valid rows of a file with bad ones and the
 * rejected rows back as a CSV with the reason, the speaker and article each row matched, a small file
 * straight to its result, and counts worded with their plurals in English and Bahasa Indonesia.
 */
@IntegrationTest
class ImportChoicesTests {

    static final String HEADER = "claim_text,speaker,said_on,article_url,quote,rating";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SpeakerManagement speakers;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ApplicationContext context;

    private final MockHttpSession session = new MockHttpSession();

    private FactlineUser editor;

    @Test
    void theValidRowsAreImportedAndTheRejectedOnesComeBackAsACsvWithTheReason() throws Exception {
        var speaker = TestData.unique("Valid rows speaker");
        var good = "https://valid.example/" + UUID.randomUUID();
        var csv = HEADER + "\r\n"
                + "First claim," + speaker + ",2022-08-17," + good + ",first,\r\n"
                + "Bad date," + speaker + ",17/08/2022,https://valid.example/2,second,\r\n"
                + "\"=Formula, bad rating\"," + speaker + ",2022-08-18,https://valid.example/3,third,Pants on fire\r\n";
        var preview = upload(csv, "valid");

        var page = html(get(preview, "en"));
        assertThat(page.select(".mode-note").text()).startsWith("2 rows have problems and are left out");
        assertThat(page.select("tr.problem")).hasSize(2);
        assertThat(page.select("main form.commit button").text()).isEqualTo("Import the 1 valid row");
        assertThat(page.select("td.new-claims").text()).isEqualTo("1");
        var download = page.select("a.rejected-download").attr("href");
        assertThat(download).isEqualTo(preview + "/rejected.csv");

        assertThat(commit(preview, "valid")).hasStatus(HttpStatus.FOUND);
        var result = html(get(preview, "en"));
        assertThat(result.select("p.rejected").text()).isEqualTo("2 rows were rejected and not imported.");
        assertThat(claimsOf(speaker)).containsExactly("First claim");

        // the rejected rows as written, with the reason in the desk's language
        var rejected = get(preview + "/rejected.csv", "id");
        assertThat(rejected).hasStatusOk();
        assertThat(rejected.getResponse().getContentType()).startsWith("text/csv");
        assertThat(rejected.getResponse().getHeader("Content-Disposition")).contains("attachment");
        var body = rejected.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFF");
        var records =
                CSVFormat.RFC4180.parse(new StringReader(body.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).toList())
                .containsExactly("claim_text", "speaker", "said_on", "article_url", "quote", "rating", "alasan");
        assertThat(records.get(1).toList().subList(0, 6))
                .containsExactly("Bad date", speaker, "17/08/2022", "https://valid.example/2", "second", "");
        assertThat(records.get(1).get(6))
                .isEqualTo("said_on: \"17/08/2022\" bukan tanggal. Tulis sebagai 2022-08-17, 2022-08, atau 2022.");
        // a cell a spreadsheet would run is neutralised, and the import takes the apostrophe off again
        assertThat(records.get(2).get(0)).isEqualTo("'=Formula, bad rating");
        assertThat(records.get(2).get(6)).startsWith("rating: Tidak ada penilaian \"Pants on fire\"");

        // corrected, the rejected file imports as it is (its reason column is ignored)
        var fixed = body.replace("17/08/2022", "2022-08-17").replace("Pants on fire", "false");
        var again = upload(fixed, "all");
        var fixedPage = html(get(again, "en"));
        assertThat(fixedPage.select("tr.problem")).isEmpty();
        assertThat(fixedPage.select("td.new-claims").text()).isEqualTo("2");
    }

    @Test
    void allOrNothingOffersTheValidRowsInsteadAndWritesNothingByItself() {
        var speaker = TestData.unique("All or nothing speaker");
        var csv = HEADER + "\r\n"
                + "Good claim," + speaker + ",2022-08-17,https://aon.example/" + UUID.randomUUID() + ",good,\r\n"
                + "Bad claim," + speaker + ",2022-13-45,https://aon.example/2,bad,\r\n";
        var preview = upload(csv, "all");
        var page = html(get(preview, "en"));
        assertThat(page.select(".mode-note").text()).startsWith("All or nothing: nothing will be written");
        assertThat(page.select("main form.commit")).isEmpty();
        assertThat(page.select("main form.commit-valid button").text())
                .isEqualTo("Import the 1 valid row and give me the rejected ones as a CSV");
        assertThat(commit(preview, "all")).flash().containsEntry("importError", "intake.commit.refused");
        assertThat(claimsOf(speaker)).isEmpty();
    }

    @Test
    void thePreviewShowsTheSpeakerAndArticleEachRowMatched() {
        var name = TestData.unique("Vladimir Putin");
        var alias = "Putin " + UUID.randomUUID().toString().substring(0, 6);
        speakers.create(new NewSpeaker(SpeakerKind.PERSON, name, null, null, null, List.of(alias), List.of()));
        var recorded = articles.record(new NewArticle(
                "https://kremlin.example/" + UUID.randomUUID(),
                "Address to the Federal Assembly",
                "Kremlin",
                List.of(),
                null,
                "en",
                Instant.now(),
                null,
                null));
        var newSpeaker = TestData.unique("Someone new");
        var csv = HEADER + "\r\n"
                + "A claim," + alias + ",2022-08-17," + recorded.getUrl() + "?utm_source=x,quote one,\r\n"
                + "Another claim," + newSpeaker + ",2022-08-17,https://new.example/" + UUID.randomUUID()
                + ",quote two,\r\n";
        var page = html(get(upload(csv, "all"), "en"));
        var rows = page.select("tr.row-plan");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td.speaker .typed").text()).isEqualTo(alias);
        assertThat(rows.get(0).select("td.speaker .matched-speaker").text()).isEqualTo(name);
        assertThat(rows.get(0).select("td.article .matched-article").text())
                .isEqualTo("Address to the Federal Assembly");
        assertThat(rows.get(0).select("td.action").text()).isEqualTo("New claim (draft)");
        assertThat(rows.get(1).select("td.speaker").text()).isEqualTo(newSpeaker + " (new speaker)");
        assertThat(rows.get(1).select("td.article .new-article").text()).isEqualTo("New article");

        var indonesian = html(get(upload(csv, "all"), "id"));
        assertThat(indonesian
                        .select("tr.row-plan")
                        .get(1)
                        .select("td.article .new-article")
                        .text())
                .isEqualTo("Artikel baru");
        assertThat(indonesian.select("tr.row-plan").get(0).select("td.action").text())
                .isEqualTo("Klaim baru (draf)");
    }

    @Test
    void aSmallFileGoesStraightToItsResultWordedWithItsPlurals() {
        var speaker = TestData.unique("Small file speaker");
        var csv = HEADER + "\r\n" + "Only claim," + speaker + ",2022-08-17,https://small.example/" + UUID.randomUUID()
                + ",only,\r\n";
        var preview = upload(csv, "all");
        assertThat(html(get(preview, "en")).select("main form.commit button").text())
                .isEqualTo("Import 1 row");
        assertThat(commit(preview, "all")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(preview);
        // no progress page: the very next page is the result
        var response = get(preview, "en");
        assertThat(response.getResponse().getHeader("Refresh")).isNull();
        var page = html(response);
        assertThat(page.select("progress")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Import finished");
        assertThat(page.select("p.summary").text())
                .isEqualTo(
                        "Created 1 claim with 1 appearance, 1 new speaker and 1 new article; no row was already there.");
        assertThat(html(get(preview, "id")).select("p.summary").text())
                .isEqualTo("Dibuat 1 klaim dengan 1 kemunculan, 1 pembicara baru, dan 1 artikel baru;"
                        + " tidak ada baris yang sudah ada sebelumnya.");

        // and several of each
        var more = TestData.unique("Plural speaker");
        var two = HEADER + "\r\n"
                + "One," + more + ",2022-08-17,https://plural.example/" + UUID.randomUUID() + ",one,\r\n"
                + "Two," + more + ",2022-08-18,https://plural.example/" + UUID.randomUUID() + ",two,\r\n"
                + "Only claim," + speaker + ",2022-08-17,https://small.example/other" + UUID.randomUUID()
                + ",only,\r\n";
        var second = upload(two, "all");
        commit(second, "all");
        assertThat(html(get(second, "en")).select("p.summary").text())
                .isEqualTo("Created 2 claims with 3 appearances, 1 new speaker and 3 new articles;"
                        + " no row was already there.");
        assertThat(html(get(second, "id")).select("p.summary").text())
                .isEqualTo("Dibuat 2 klaim dengan 3 kemunculan, 1 pembicara baru, dan 3 artikel baru;"
                        + " tidak ada baris yang sudah ada sebelumnya.");
    }

    @Test
    void theImportPagesAreDeskPages() {
        var page = html(get("/desk/import", "en"));
        assertThat(page.select("nav.desk-nav")).hasSize(1);
        assertThat(page.select("form.signout")).hasSize(1);
        assertThat(page.select("input[type=radio][name=mode]").eachAttr("value"))
                .containsExactly("all", "valid");
        assertThat(page.select("label[for=mode-valid]").text())
                .isEqualTo("Import the valid rows and give me the rejected ones as a CSV");
    }

    private List<String> claimsOf(String speaker) {
        return jdbc.sql(
                        "select c.text from claim c join speaker s on s.id = c.speaker_id where s.name = ? order by c.id")
                .param(speaker)
                .query(String.class)
                .list();
    }

    private String upload(String csv, String mode) {
        var result = mvc.post()
                .uri("/desk/import")
                .multipart()
                .file(new MockMultipartFile("file", "claims.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("mode", mode)
                .with(user(editor()))
                .with(csrf())
                .session(session)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        return result.getResponse().getRedirectedUrl();
    }

    private MvcTestResult commit(String preview, String mode) {
        return mvc.post()
                .uri(preview)
                .param("mode", mode)
                .with(user(editor()))
                .with(csrf())
                .session(session)
                .exchange();
    }

    private MvcTestResult get(String uri, String language) {
        return mvc.get()
                .uri(uri)
                .header("Accept-Language", language)
                .with(user(editor()))
                .session(session)
                .exchange();
    }

    private FactlineUser editor() {
        if (editor == null) {
            editor = accounts.principal(
                    new TestData(context).user(Role.REPORTER, Role.EDITOR).getId());
        }
        return editor;
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

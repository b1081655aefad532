package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.Patience;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import pages as an editor uses them: upload, dry run, commit, progress, result. */
@IntegrationTest
class ImportWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportProperties properties;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationContext context;

    private final MockHttpSession session = new MockHttpSession();

    private FactlineUser editor;

    @Test
    void theUploadFormIsForTheEditorialStaffOnly() {
        assertThat(mvc.get().uri("/desk/import").exchange()).hasStatus(HttpStatus.FOUND);
        var page = html(mvc.get().uri("/desk/import").with(editor()).exchange());
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=file]"))
                .hasSize(1);
        assertThat(page.select("form[enctype=multipart/form-data]").attr("action"))
                .isEqualTo("/desk/import");
        assertThat(page.select("form[enctype=multipart/form-data] input[type=hidden][name=_csrf]"))
                .hasSize(1);
        assertThat(page.select("#file-help").text()).isEqualTo("At most 20 MB and 200000 rows.");
    }

    @Test
    void anUploadWithoutACsrfTokenIsRefused() {
        var result = mvc.post()
                .uri("/desk/import")
                .multipart()
                .file(file("a,b\n"))
                .with(editor())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void noFileGetsAMessage() {
        var result = mvc.post()
                .uri("/desk/import")
                .multipart()
                .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                .with(editor())
                .with(csrf())
                .session(session)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk/import");
        assertThat(result).flash().containsEntry("importError", "intake.upload.noFile");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithAClearMessage() {
        var tooLarge = new byte[(int) properties.maxFileSize().toBytes() + 1];
        var result = mvc.post()
                .uri("/desk/import")
                .multipart()
                .file(new MockMultipartFile("file", "big.csv", "text/csv", tooLarge))
                .with(editor())
                .with(csrf())
                .session(session)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result).flash().containsEntry("importError", "intake.upload.tooLarge");

        // when the multipart parser refuses it first, the same page and message, never a 500
        var view = new UploadLimit(properties).tooLarge();
        assertThat(view.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(view.getViewName()).isEqualTo(ImportController.UPLOAD_VIEW);
        assertThat(view.getModel()).containsEntry("importError", "intake.upload.tooLarge");

        // and when the upload filter refuses it from its Content-Length, the form says why
        var form =
                html(mvc.get().uri("/desk/import?tooLarge=true").with(editor()).exchange());
        assertThat(form.select("p.error").text())
                .isEqualTo("The file is larger than 20 MB, the most Factline accepts. Split it into smaller files.");
    }

    @Test
    void anInvalidFileShowsEveryProblemWithLineAndColumnInTheEditorsLanguage() {
        var speaker = TestData.unique("Invalid upload speaker");
        var csv = "claim_text,speaker,said_on,article_url,quote,rating\r\n"
                + "Text," + speaker + ",17/08/2022,https://x.example/1,q,\r\n"
                + "Text," + speaker + ",2022,not a url,q,Pants on fire\r\n";
        var preview = upload(csv);
        var page = html(mvc.get().uri(preview).with(editor()).session(session).exchange());
        assertThat(page.select("tr.problem")).hasSize(3);
        assertThat(page.select("tr.problem").get(0).text())
                .isEqualTo("2 said_on \"17/08/2022\" is not a date. Write it as 2022-08-17, 2022-08 or 2022.");
        assertThat(page.select("tr.problem td.column").eachText()).containsExactly("said_on", "article_url", "rating");
        assertThat(page.select("main form[method=post]")).isEmpty();

        var indonesian = html(mvc.get()
                .uri(preview)
                .header("Accept-Language", "id")
                .with(editor())
                .session(session)
                .exchange());
        assertThat(indonesian.select("tr.problem td.message").get(2).text())
                .isEqualTo(
                        "Tidak ada penilaian \"Pants on fire\". Gunakan kode seperti misleading atau label seperti Setengah benar.");

        // the refused file cannot be committed
        var commit = mvc.post()
                .uri(preview)
                .with(editor())
                .with(csrf())
                .session(session)
                .exchange();
        assertThat(commit).flash().containsEntry("importError", "intake.commit.refused");
        assertThat(jdbc.sql("select count(*) from speaker where name = ?")
                        .param(speaker)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aValidFileIsPreviewedThenCommittedAndTheResultLinksToTheNewClaims() throws Exception {
        var speaker = TestData.unique("Web upload speaker");
        var csv = "claim_text,speaker,said_on,article_url,quote\r\n"
                + "First claim," + speaker + ",2022-08-17,https://web.example/" + UUID.randomUUID() + ",first\r\n"
                + "Second claim," + speaker + ",2022-08-18,https://web.example/" + UUID.randomUUID() + ",second\r\n";
        var preview = upload(csv);
        var page = html(mvc.get().uri(preview).with(editor()).session(session).exchange());
        assertThat(page.select("td.new-speakers").text()).isEqualTo("1");
        assertThat(page.select("td.new-articles").text()).isEqualTo("2");
        assertThat(page.select("td.new-claims").text()).isEqualTo("2");
        assertThat(page.select(".speaker-list li").eachText()).containsExactly(speaker);
        assertThat(page.select("main form[method=post] button").text()).isEqualTo("Import 2 rows");
        assertThat(jdbc.sql("select count(*) from speaker where name = ?")
                        .param(speaker)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(mvc.post()
                        .uri(preview)
                        .with(editor())
                        .with(csrf())
                        .session(session)
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(preview);

        Document result = null;
        var deadline = System.nanoTime() + Patience.SIGNAL.toNanos();
        while (System.nanoTime() < deadline) {
            var response =
                    mvc.get().uri(preview).with(editor()).session(session).exchange();
            result = html(response);
            if (response.getResponse().getHeader("Refresh") == null) {
                break;
            }
            assertThat(result.select("progress")).hasSize(1);
            Thread.sleep(100);
        }
        assertThat(result.select("h1").text()).isEqualTo("Import finished");
        var ids = jdbc.sql(
                        "select c.id from claim c join speaker s on s.id = c.speaker_id where s.name = ? and c.status = 'DRAFT' order by c.id")
                .param(speaker)
                .query(Long.class)
                .list();
        assertThat(ids).hasSize(2);
        assertThat(result.select(".created-claims a").eachAttr("href"))
                .containsExactly("/desk/claims/" + ids.get(0), "/desk/claims/" + ids.get(1));
    }

    @Test
    void anotherPersonCannotSeeAnUpload() {
        var preview = upload("claim_text,speaker,said_on,article_url,quote\r\nA,B,2022,https://z.example/1,q\r\n");
        assertThat(mvc.get()
                        .uri(preview)
                        .with(user("reporter@factline.demo").roles("REPORTER"))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(preview).with(editor()).session(session).exchange())
                .hasStatusOk();
    }

    /** A NUL in a cell reached PostgreSQL and came back as the edit-conflict page (409); now it is a row's problem. */
    @Test
    void aNulInACellIsAProblemOfItsRowNamingTheColumn() {
        var speaker = TestData.unique("NUL upload speaker");
        var csv = "claim_text,speaker,said_on,article_url,quote,summary\r\n" + "Text," + speaker
                + ",2022,https://x.example/nul,q,a\u0000b\r\n";
        var preview = upload(csv);
        var page = html(mvc.get().uri(preview).with(editor()).session(session).exchange());
        assertThat(page.select("tr.problem")).hasSize(1);
        assertThat(page.select("tr.problem").get(0).text())
                .isEqualTo("2 summary The cell holds an invisible control character (U+0000, at character 2);"
                        + " delete it and import again.");
    }

    private String upload(String csv) {
        var result = mvc.post()
                .uri("/desk/import")
                .multipart()
                .file(file(csv))
                .with(editor())
                .with(csrf())
                .session(session)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/desk/import/[0-9a-f]{36}");
        return location;
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "claims.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** One editor, signed in as the desk signs people in, for the whole test. */
    private RequestPostProcessor editor() {
        if (editor == null) {
            editor = accounts.principal(
                    new TestData(context).user(Role.REPORTER, Role.EDITOR).getId());
        }
        return user(editor);
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

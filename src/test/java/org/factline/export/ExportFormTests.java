package org.factline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.export.CsvExportTests.editor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewClaim;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The desk's export form: speakers and topics picked by the names the site shows, ratings and statuses by
 * their labels, and every bad value reported at once beside its field with the form kept, never a 400
 * page.
 */
@IntegrationTest
class ExportFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ClaimManagement claims;

    @Test
    void theFormOffersNamesAndLabelsInTheDesksLanguage() {
        var speaker = new TestData(context).matsegora();
        var page = html(get("/desk/export", "en"));
        assertThat(page.select("nav.desk-nav")).hasSize(1);
        assertThat(page.select("input#speaker").attr("list")).isEqualTo("speaker-names");
        assertThat(page.select("datalist#speaker-names option").eachAttr("value"))
                .contains(speaker.getName());
        assertThat(page.select("input#topic").attr("list")).isEqualTo("topic-names");
        assertThat(page.select("label[for=speaker]").text()).isEqualTo("Speaker");
        assertThat(page.select("select#status option").eachText())
                .containsExactly("any", "Draft", "In review", "Published", "Retracted");
        assertThat(page.select("select#status option").eachAttr("value"))
                .containsExactly("", "draft", "in_review", "published", "archived");
        assertThat(page.select("select#rating option[value=false]").text()).isEqualTo("False");
        assertThat(page.select("select#rating option[value=half-true]").text()).isEqualTo("Half true");

        var indonesian = html(get("/desk/export", "id"));
        assertThat(indonesian.select("select#status option[value=draft]").text())
                .isEqualTo("Draf");
        assertThat(indonesian.select("select#rating option[value=false]").text())
                .isEqualTo("Salah");
    }

    @Test
    void aSpeakerTypedByTheNameTheSiteShowsIsExported() throws Exception {
        var speaker = new TestData(context).matsegora();
        var text = TestData.unique("Exported by name");
        claims.create(new NewClaim(
                speaker.getId(),
                text,
                "en",
                null,
                null,
                null,
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                null,
                List.of(),
                null));
        var result = mvc.get()
                .uri("/desk/export/claims.csv")
                .param("speaker", speaker.getName())
                .with(editor())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(text);
    }

    @Test
    void everyBadParameterIsReportedBesideItsFieldWithTheFormKept() {
        var result = mvc.get()
                .uri("/desk/export/appearances.csv")
                .param("q", "war")
                .param("speaker", "Nobody Known")
                .param("topic", "No such topic")
                .param("rating", "pants")
                .param("status", "lost")
                .param("from", "17/08/2022")
                .param("to", "2022-08-31")
                .param("excel", "true")
                .header("Accept-Language", "en")
                .with(editor())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        var page = html(result);
        assertThat(page.select("h1").text()).isEqualTo("Export to CSV");
        assertThat(page.select(".error-summary h2").text())
                .isEqualTo("The download could not be made: correct the 5 fields below.");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#speaker", "#topic", "#rating", "#status", "#from");
        assertThat(page.select("#speaker-error").text())
                .isEqualTo("No speaker is called \"Nobody Known\". Pick a name from the list.");
        assertThat(page.select("#topic-error").text())
                .isEqualTo("There is no topic \"No such topic\". Pick one from the list.");
        assertThat(page.select("#rating-error").text())
                .isEqualTo("There is no rating \"pants\". Pick one from the list.");
        assertThat(page.select("#status-error").text()).isEqualTo("\"lost\" is not a status. Pick one from the list.");
        assertThat(page.select("#from-error").text())
                .isEqualTo("\"17/08/2022\" is not a date. Write it as 2022-08-17.");
        for (var field : List.of("speaker", "topic", "rating", "status", "from")) {
            assertThat(page.select("#" + field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.select("#" + field).attr("aria-describedby"))
                    .as(field)
                    .isEqualTo(field + "-error");
        }
        // the form is kept as typed
        assertThat(page.select("input#q").val()).isEqualTo("war");
        assertThat(page.select("input#speaker").val()).isEqualTo("Nobody Known");
        assertThat(page.select("input#topic").val()).isEqualTo("No such topic");
        assertThat(page.select("input#from").val()).isEqualTo("17/08/2022");
        assertThat(page.select("input#to").val()).isEqualTo("2022-08-31");
        assertThat(page.select("input#excel").hasAttr("checked")).isTrue();
        assertThat(page.select("#q").hasAttr("aria-invalid")).isFalse();

        var indonesian = html(get("/desk/export/claims.csv?speaker=Nobody&from=2022-09-01&to=2022-08-01", "id"));
        assertThat(indonesian.select("#speaker-error").text())
                .isEqualTo("Tidak ada pembicara bernama \"Nobody\". Pilih nama dari daftar.");
        assertThat(indonesian.select("#to-error").text()).contains("2022-08-01");
        assertThat(indonesian.select("input#from").val()).isEqualTo("2022-09-01");
    }

    private MvcTestResult get(String uri, String language) {
        return mvc.get()
                .uri(uri)
                .header("Accept-Language", language)
                .with(editor())
                .exchange();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

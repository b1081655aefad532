package org.factline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.html;
import static org.factline.timeline.PublicFixtures.reportPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.factline.IntegrationTest;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** "Report an error" on the demo's claims: open to every reader, checked, rate-limited, and shown to editors. */
@IntegrationTest
class ErrorReportWebTests {

    static final String RED_ARMY = "Red Army soldiers and Korean patriots fought side by side to free Korea";
    static final String COOPERATION = "North Korea–Russia cooperation has risen to a new level";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void aReaderReportsAnErrorWithoutSigningInAndEditorsSeeIt() {
        var path = fixtures.pathOf(COOPERATION);
        var form = html(mvc.get().uri(reportPath(path)).exchange());
        assertThat(form.select("form.report-form input[name=_csrf]")).hasSize(1);

        assertThat(mvc.post()
                        .uri(reportPath(path))
                        .param("message", "The UN vote was on 2 March 2022, not in April.")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);

        var sent = mvc.post()
                .uri(reportPath(path))
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("203.0.113.7");
                    return request;
                })
                .param("message", "The UN vote was on 2 March 2022, not in April.")
                .param("email", "reader@example.org")
                .exchange();
        assertThat(sent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl(path);
        assertThat(sent.getMvcResult().getFlashMap().get("reported")).isEqualTo(true);

        assertThat(mvc.get().uri("/desk/reports").exchange()).hasStatus(HttpStatus.FOUND);
        var desk = html(mvc.get()
                .uri("/desk/reports")
                .with(user("editor@factline.demo").roles("EDITOR"))
                .exchange());
        assertThat(desk.select("tbody tr").eachText())
                .anySatisfy(
                        row -> assertThat(row).contains(COOPERATION, "The UN vote was on 2 March 2022, not in April."));
        var report = desk.select("tbody tr").stream()
                .filter(row -> row.text().contains("The UN vote was on 2 March 2022"))
                .findFirst()
                .orElseThrow()
                .select("a[href^=/desk/reports/]")
                .attr("href");
        var detail = html(mvc.get()
                .uri(report)
                .with(user("editor@factline.demo").roles("EDITOR"))
                .exchange());
        assertThat(detail.select(".report-facts").text()).contains("reader@example.org");
    }

    @Test
    void aReportIsValidatedInTheReadersLanguageAndRateLimited() {
        var path = fixtures.pathOf(RED_ARMY);
        var tooShort = html(mvc.post()
                .uri("/id" + reportPath(path))
                .with(csrf())
                .param("message", "salah")
                .param("email", "bukan surel")
                .exchange());
        assertThat(tooShort.select(".report-form .error").eachText())
                .contains("Mohon tulis antara 10 dan 4.000 karakter.", "Ini tidak tampak seperti alamat surel.");
        assertThat(tooShort.select("textarea#message").text()).isEqualTo("salah");

        var address = "198.51.100." + (int) (Math.random() * 200);
        for (int i = 0; i < ErrorReports.PER_HOUR; i++) {
            assertThat(report(path, address)).hasStatus(HttpStatus.FOUND);
        }
        var refused = report(path, address);
        assertThat(refused).hasStatusOk();
        assertThat(html(refused).select(".report-form .error").text()).contains("several reports in the last hour");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult report(String path, String address) {
        return mvc.post()
                .uri(reportPath(path))
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("message", "The date in the second paragraph is wrong.")
                .exchange();
    }
}

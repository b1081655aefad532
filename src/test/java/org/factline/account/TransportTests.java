package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factline.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Transport through MockMvc: absolute links in the CSV from FACTLINE_PUBLIC_URL, and CSRF tokens kept out of
 * addresses. Cookies, HSTS and redirects, which only a real server writes as browsers see them, are in
 * {@link TransportServerTests}.
 */
@IntegrationTest
class TransportTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountManagement accounts;

    @Test
    void theCsvLinksToClaimsAtThePublicAddressWhateverTheHostHeader() throws Exception {
        var csv = mvc.get()
                .uri("/export/appearances.csv")
                .header("Host", "attacker.example")
                .exchange();
        assertThat(csv).hasStatusOk();
        var lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines.length).isGreaterThan(1);
        var column = List.of(lines[0].split(",")).indexOf("claim_url");
        assertThat(lines[1].split(",")[column]).startsWith("http://localhost:8080/claims/");
        assertThat(String.join("\n", lines)).doesNotContain("attacker.example");
    }

    @Test
    void theImportFormCarriesItsCsrfTokenInItsBodyNotItsAddress() throws Exception {
        var page = Jsoup.parse(mvc.get()
                .uri("/desk/import")
                .with(user("editor@factline.demo").roles("REPORTER", "EDITOR"))
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var form = page.selectFirst("form[enctype=multipart/form-data]");
        assertThat(form.attr("action")).isEqualTo("/desk/import").doesNotContain("_csrf");
        assertThat(form.select("input[type=hidden][name=_csrf]").val()).isNotBlank();
        assertThat(page.select("form[action*=_csrf], a[href*=_csrf]")).isEmpty();
    }

    @Test
    void aCsrfTokenInTheAddressIsRefusedAndTheSameTokenInTheBodyAccepted() throws Exception {
        var editor = user(accounts.principal(
                accounts.findByEmail("editor@factline.demo").orElseThrow().getId()));
        var page = mvc.get().uri("/desk/import").with(editor).exchange();
        // the session is Spring Session's, in PostgreSQL: its cookie carries it to the next request
        var session = page.getResponse().getCookie("SESSION");
        var token = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("form[enctype=multipart/form-data] input[name=_csrf]")
                .val();
        var file = new MockMultipartFile("file", "one.csv", "text/csv", "claim_text\r\n".getBytes());

        var inAddress = mvc.post()
                .uri("/desk/import?_csrf={token}", token)
                .multipart()
                .file(file)
                .with(editor)
                .cookie(session)
                .exchange();
        assertThat(inAddress.getResponse().getStatus()).isEqualTo(403);

        var inBody = mvc.post()
                .uri("/desk/import")
                .multipart()
                .file(file)
                .param("_csrf", token)
                .with(editor)
                .cookie(session)
                .exchange();
        assertThat(inBody.getResponse().getStatus()).isIn(302, 303);
        assertThat(inBody.getResponse().getRedirectedUrl()).startsWith("/desk/import/");
    }
}

package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import org.factline.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the servlet container sends to {@code /error} gets our page in the reader's language, for every
 * client (curl's Accept as well as a browser's), never Spring Boot's JSON or an empty 500; a fault of ours
 * shows an incident id that is in the log with the exception.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPageControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void errorOpenedByItselfIsNoPage() {
        var result = mvc.get().uri("/error").exchange();
        assertThat(result).hasStatus(404);
        assertThat(html(result).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aFaultShowsAnIncidentIdThatIsLogged(CapturedOutput log) {
        var result = mvc.get()
                .uri("/error")
                .header("Accept", "*/*")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/claims/1-broken")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a fault of ours"))
                .exchange();
        assertThat(result).hasStatus(500);
        var page = html(result);
        assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
        var incident = page.select(".incident code").text();
        assertThat(incident).matches("[0-9A-F]{8}");
        assertThat(log.getOut()).contains("Incident " + incident, "/claims/1-broken", "a fault of ours");
    }

    @Test
    void aContainerErrorIsOurPageInTheReadersLanguage() {
        var result = mvc.get()
                .uri("/error")
                .header("Accept-Language", "id")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
                .exchange();
        assertThat(result).hasStatus(413);
        assertThat(html(result).select("h1").text()).isEqualTo("Yang dikirim terlalu besar");
        var badRequest = mvc.get()
                .uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .exchange();
        assertThat(badRequest).hasStatus(400);
        assertThat(html(badRequest).select("h1").text()).isEqualTo("This address is not quite right");
    }

    static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

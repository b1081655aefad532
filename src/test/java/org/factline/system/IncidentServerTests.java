package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A real fault on the real server: the reader gets our page with an incident id, in their language, and
 * the log has the same id with the exception, so that what a reader reports can be found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IncidentServerTests.Faulty.class)
@ExtendWith(OutputCaptureExtension.class)
class IncidentServerTests {

    @LocalServerPort
    int port;

    @Test
    void aFaultShowsAnIncidentIdThatIsInTheLog(CapturedOutput log) throws IOException {
        var pages = new ContainerErrorPagesServerTests();
        pages.port = port;
        for (var accept : new String[] {"text/html", "*/*"}) {
            var response = pages.send("GET /test/fault HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.page().select("h1").text()).isEqualTo("Something went wrong");
            var incident = response.page().select(".incident code").text();
            assertThat(incident).matches("[0-9A-F]{8}");
            assertThat(log.getOut()).contains("Incident " + incident, "/test/fault", "a fault of ours");
        }
        var indonesian = pages.send("GET /id/test/fault HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(indonesian.status()).isEqualTo(500);
        assertThat(indonesian.page().select("h1").text()).isEqualTo("Terjadi kesalahan");
        assertThat(indonesian.page().select(".incident").text()).startsWith("Jika Anda melaporkannya");
    }

    @TestConfiguration
    @RestController
    static class Faulty {
        @GetMapping("/test/fault")
        String fault() {
            throw new IllegalStateException("a fault of ours");
        }
    }
}

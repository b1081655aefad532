package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the real server (Tomcat) answers to requests it cannot read or will not take, sent byte for byte
 * over a socket as MockMvc never could: our page, in the reader's language, never Tomcat's bare English
 * report nor an empty body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContainerErrorPagesServerTests {

    @LocalServerPort
    int port;

    @Test
    void aBadPercentEncodingInTheAddressIsOurBadRequestPageInTheAddressesLanguage() throws IOException {
        for (var path : new String[] {"/claims/%", "/claims/%zz", "/speakers/%", "/a%00b"}) {
            var response = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.page().select("h1").text()).as(path).isEqualTo("This address is not quite right");
            assertThat(response.page().select("html").attr("lang")).isEqualTo("en");
            assertThat(response.body()).doesNotContain("HTTP Status", "Apache Tomcat");
        }
        var indonesian = send("GET /id/claims/% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(indonesian.status()).isEqualTo(400);
        assertThat(indonesian.page().select("h1").text()).isEqualTo("Alamat ini kurang tepat");
        assertThat(indonesian.page().select("html").attr("lang")).isEqualTo("id");
        assertThat(indonesian.page().select("a").attr("href")).isEqualTo("/id/");
        var reader =
                send("GET /claims/% HTTP/1.1\r\nHost: localhost\r\nAccept-Language: id\r\nConnection: close\r\n\r\n");
        assertThat(reader.page().select("h1").text()).isEqualTo("Alamat ini kurang tepat");
    }

    @Test
    void anIllegalCharacterInTheRequestLineIsOurBadRequestPage() throws IOException {
        var response = send("GET /claims/a{b}\"c HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("HTTP Status", "Apache Tomcat");
        assertThat(response.page().select("h1").text()).isEqualTo("This address is not quite right");
    }

    @Test
    void aQueryThatCannotBeDecodedIsOurBadRequestPage() throws IOException {
        for (var query : new String[] {"/search?q=%", "/claims/1-x?lang=%", "/?q=%zz"}) {
            var response = send("GET " + query + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.page().select("h1").text()).as(query).isEqualTo("This address is not quite right");
        }
    }

    @Test
    void aMalformedLanguageCookieBreaksNoPage() throws IOException {
        var cookies = new String[] {
            "factline-lang=%",
            "factline-lang=%%%",
            "factline-lang=\"unterminated",
            "factline-lang=xx;;;=",
            "factline-lang=id,en",
            "=x; factline-lang",
            "factline-lang=" + "i".repeat(5000)
        };
        for (var cookie : cookies) {
            for (var path : new String[] {"/", "/id/", "/search?q=putin", "/login", "/report"}) {
                var response = send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
                        + "\r\nConnection: close\r\n\r\n");
                assertThat(response.status()).as(cookie + " " + path).isIn(200, 302);
            }
        }
    }

    @Test
    void errorOpenedByItselfIsOurNotFoundPage() throws IOException {
        var response = send("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.page().select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void aLongBodyWithoutSigningInIsRefusedBeforeItIsRead() throws IOException {
        var body = "username=" + "a".repeat(100_000) + "&password=x";
        for (var path : new String[] {"/login", "/report", "/claims/1/report"}) {
            var response = post(path, "application/x-www-form-urlencoded", body, "");
            assertThat(response.status()).as(path).isEqualTo(413);
            assertThat(response.page().select("h1").text()).as(path).isEqualTo("What was sent is too large");
        }
        var indonesian = post("/id/claims/1/report", "application/x-www-form-urlencoded", body, "");
        assertThat(indonesian.status()).isEqualTo(413);
        assertThat(indonesian.page().select("h1").text()).isEqualTo("Yang dikirim terlalu besar");
        // a short one goes through: the sign-in form answers it
        assertThat(post("/login", "application/x-www-form-urlencoded", "username=a&password=b", "")
                        .status())
                .isNotIn(411, 413, 415);
    }

    @Test
    void aChunkedBodyWithoutSigningInIsRefused() throws IOException {
        var response = send("POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "a\r\nusername=a\r\n0\r\n\r\n");
        assertThat(response.status()).isEqualTo(411);
        assertThat(response.body()).doesNotContain("HTTP Status", "Apache Tomcat");
        assertThat(response.page().select("h1").text()).isEqualTo("Something went wrong");
    }

    @Test
    void multipartIsRefusedWhereNoFileIsAsked() throws IOException {
        var multipart = "--b\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\na\r\n--b--\r\n";
        for (var path : new String[] {"/login", "/report", "/desk/claims/1/verdicts", "/search"}) {
            var response = post(path, "multipart/form-data; boundary=b", multipart, "");
            assertThat(response.status()).as(path).isEqualTo(415);
            assertThat(response.page().select("h1").text()).as(path).isEqualTo("This cannot be sent here");
        }
        var indonesian = post("/report", "multipart/form-data; boundary=b", multipart, "Accept-Language: id\r\n");
        assertThat(indonesian.page().select("h1").text()).isEqualTo("Ini tidak dapat dikirim ke sini");
    }

    @Test
    void aFormOverTomcatsLimitIsOurTooLargePage() throws IOException {
        // over Tomcat's 2 MB for a form's fields, read by the CSRF check of any form
        var body = "summary=" + "a".repeat(2 * 1024 * 1024 + 10);
        var response = post("/desk/claims/1/verdicts", "application/x-www-form-urlencoded", body, "");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("HTTP Status", "Apache Tomcat");
        assertThat(response.page().select("h1").text()).isEqualTo("What was sent is too large");
    }

    Response post(String path, String type, String body, String headers) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        return send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                + "Content-Type: " + type + "\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
    }

    record Response(int status, String head, String body) {
        Document page() {
            return Jsoup.parse(body);
        }
    }

    Response send(String request) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (IOException refusedWhileSending) {
                // the server answered and closed before reading all of it: its answer is still there to read
            }
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            var text = bytes.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            var head = split < 0 ? text : text.substring(0, split);
            var body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }

    static String dechunk(String chunked) {
        var out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int end = chunked.indexOf("\r\n", at);
            if (end < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, end).trim(), 16);
            if (size == 0) {
                break;
            }
            // sizes count bytes; the pages are ASCII apart from a few letters, so read by bytes
            var rest = chunked.substring(end + 2).getBytes(StandardCharsets.UTF_8);
            var piece = new String(rest, 0, size, StandardCharsets.UTF_8);
            out.append(piece);
            at = end + 2 + piece.length() + 2;
        }
        return out.toString();
    }
}

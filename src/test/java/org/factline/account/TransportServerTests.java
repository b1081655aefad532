package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a browser receives from the real server (Tomcat), directly over plain HTTP from 127.0.0.1, and
 * through the reverse proxy the tests trust, 127.0.0.2 (tests' configuration): the session cookie's flags,
 * HSTS, redirects whatever the Host header says, and the import form posted with its CSRF token in its
 * multipart body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransportServerTests {

    static final String DIRECT = "127.0.0.1";
    static final String TRUSTED_PROXY = "127.0.0.2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecureAndNoHstsIsSent() throws IOException {
        var response = get(DIRECT, "/login", "Host: localhost");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Set-Cookie"))
                .startsWith("SESSION=")
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void behindATrustedTlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws IOException {
        var response = get(
                TRUSTED_PROXY,
                "/login",
                "Host: factline.example",
                "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.8");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Set-Cookie")).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax");
        // the tests configure FACTLINE_HSTS_MAX_AGE=365d; the shipped default sends none (TransportPropertiesTests)
        assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotClaimTls() throws IOException {
        var response = get(DIRECT, "/login", "Host: localhost", "X-Forwarded-Proto: https");
        assertThat(response.header("Set-Cookie")).startsWith("SESSION=").doesNotContain("Secure");
        assertThat(response.header("Strict-Transport-Security")).isNull();
    }

    @Test
    void redirectsNeverCarryTheHostHeader() throws IOException {
        var claim = jdbc.sql("select id, slug from claim where status = 'PUBLISHED' order by id limit 1")
                .query((rs, n) -> new long[] {rs.getLong("id")})
                .single()[0];
        var slug = jdbc.sql("select slug from claim where id = ?")
                .param(claim)
                .query(String.class)
                .single();
        for (var from : List.of(DIRECT, TRUSTED_PROXY)) {
            var signIn = get(from, "/desk", "Host: attacker.example", "X-Forwarded-Host: attacker.example");
            assertThat(signIn.status()).isEqualTo(302);
            assertThat(signIn.header("Location")).isEqualTo("/login");

            var moved = get(from, "/claims/" + claim, "Host: attacker.example:8443");
            assertThat(moved.status()).isBetween(301, 302);
            assertThat(moved.header("Location")).isEqualTo("/claims/" + claim + "-" + slug);
        }
    }

    @Test
    void theImportFormIsPostedWithItsCsrfTokenInItsMultipartBody() throws Exception {
        var client = HttpClient.newHttpClient();
        var login = client.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
        var session = cookie(login);
        var signIn = client.send(
                request("/login")
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=editor%40factline.demo"
                                + "&password=factline-demo&_csrf=" + token(login.body())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        session = cookie(signIn);

        var page = client.send(
                request("/desk/import").header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        var form = Jsoup.parse(page.body()).selectFirst("form[enctype=multipart/form-data]");
        assertThat(form.attr("action")).isEqualTo("/desk/import");

        var boundary = "----factline" + UUID.randomUUID();
        var body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + form.select("input[name=_csrf]").val() + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"claims.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "claim_text,speaker,said_on,article_url,quote\r\n"
                + "A claim,Someone,2022,https://transport.example/a,a quote\r\n\r\n"
                + "--" + boundary + "--\r\n";
        var upload = client.send(
                request("/desk/import")
                        .header("Cookie", session)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode())
                .as("the upload is accepted, not refused as a forged request")
                .isIn(302, 303);
        assertThat(upload.headers().firstValue("Location"))
                .hasValueSatisfying(
                        to -> assertThat(to).startsWith("/desk/import/").doesNotContain("_csrf"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String token(String html) {
        return Jsoup.parse(html).select("input[name=_csrf]").first().val();
    }

    record Response(int status, List<String> headers) {

        String header(String name) {
            var prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A GET sent from the given local address, with headers HttpClient would not let a test set (Host). */
    private Response get(String localAddress, String path, String... headers) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName(DIRECT), port));
            var request = new StringBuilder("GET " + path + " HTTP/1.1\r\n");
            for (var header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            var head = bytes.toString(StandardCharsets.ISO_8859_1)
                    .split("\r\n\r\n", 2)[0]
                    .split("\r\n");
            var lines = new ArrayList<>(List.of(head).subList(1, head.length));
            return new Response(Integer.parseInt(head[0].split(" ")[1]), lines);
        }
    }
}

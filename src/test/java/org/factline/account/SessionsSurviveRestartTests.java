package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import org.factline.FactlineApplication;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A deploy between two requests of a signed-in editor: the application and its PostgreSQL stop, a new
 * one starts on the same data, and the editor's session cookie and the CSRF token of the page they had
 * open still work there.
 */
class SessionsSurviveRestartTests {

    @TempDir
    Path temp;

    @Test
    void anEditorSignedInBeforeARestartIsStillSignedInAfterIt() throws Exception {
        var data = temp.resolve("postgres");
        String session;
        String token;
        try (var app = start(data)) {
            var login = send(HttpRequest.newBuilder(uri(app, "/login")), null);
            session = cookie(login);
            var signIn = send(
                    form(
                            uri(app, "/login"),
                            "username=editor%40factline.demo&password=factline-demo&_csrf=" + csrf(login.body())),
                    session);
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/desk"));
            session = cookie(signIn);
            assertThat(signIn.headers().allValues("Set-Cookie"))
                    .anySatisfy(
                            cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
            var desk = send(HttpRequest.newBuilder(uri(app, "/desk")), session);
            assertThat(desk.statusCode()).isEqualTo(200);
            token = csrf(desk.body());
        }

        try (var app = start(data)) {
            var desk = send(HttpRequest.newBuilder(uri(app, "/desk")), session);
            assertThat(desk.statusCode())
                    .as("the desk after the restart, not the sign-in page")
                    .isEqualTo(200);
            assertThat(Jsoup.parse(desk.body()).select(".signout").text()).contains("Sign out");

            // a form of the page opened before the restart is accepted after it
            var signOut = send(form(uri(app, "/logout"), "_csrf=" + token), session);
            assertThat(signOut.statusCode()).isEqualTo(302);
            assertThat(signOut.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
            assertThat(send(HttpRequest.newBuilder(uri(app, "/desk")), session)
                            .headers()
                            .firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(FactlineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--factline.demo=",
                        "--factline.embedded.data-directory=" + data);
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        return URI.create("http://localhost:" + app.getEnvironment().getProperty("local.server.port") + path);
    }

    private static HttpRequest.Builder form(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", uri.getScheme() + "://" + uri.getAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String session)
            throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", session);
        }
        return HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofString());
    }

    /** The session cookie the response sets, as a Cookie header's value. */
    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION=") || header.startsWith("JSESSIONID="))
                .map(header -> header.substring(0, header.indexOf(';')))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String csrf(String html) {
        return Jsoup.parse(html).select("input[name=_csrf]").first().val();
    }
}

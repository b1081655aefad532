package org.factline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's HTTP conversation with a running Factline, as a browser without scripts has it: the
 * session cookie it was given, same-origin form posts carrying the page's CSRF token, no redirect
 * followed.
 */
final class Browserless {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String session;

    Browserless(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in with the demo password; the session it gets is used from then on. */
    Browserless signIn(String email) {
        var login = get("/login");
        var signIn = post(
                "/login",
                Map.of("username", email, "password", "factline-demo", "_csrf", csrf(Jsoup.parse(login.body()))));
        if (signIn.statusCode() != 302
                || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + signIn.statusCode());
        }
        return this;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        return postEncoded(
                path,
                fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&")));
    }

    /** Posts a form as the page holds it, named fields changed, as a browser submits it. */
    HttpResponse<String> submit(Element form, Map<String, String> changes) {
        var fields = fields(form);
        var body = new StringBuilder();
        var remaining = new LinkedHashMap<>(changes);
        for (var field : fields) {
            var value = remaining.containsKey(field.getKey()) ? remaining.remove(field.getKey()) : field.getValue();
            body.append(body.isEmpty() ? "" : "&")
                    .append(encode(field.getKey()))
                    .append('=')
                    .append(encode(value));
        }
        remaining.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(encode(name))
                .append('=')
                .append(encode(value)));
        return postEncoded(form.attr("action"), body.toString());
    }

    /** The name and value of each field a browser would post from the form, in order. */
    static List<Map.Entry<String, String>> fields(Element form) {
        return form.select("input[name], textarea[name], select[name]").stream()
                .filter(field -> !field.hasAttr("disabled"))
                .filter(field -> !List.of("checkbox", "radio", "submit", "file").contains(field.attr("type"))
                        || (field.hasAttr("checked") && !field.attr("type").equals("submit")))
                .map(field -> Map.entry(field.attr("name"), value(field)))
                .toList();
    }

    private static String value(Element field) {
        if (field.tagName().equals("textarea")) {
            return field.wholeText().replaceFirst("^\n", "");
        }
        if (field.tagName().equals("select")) {
            var selected = field.selectFirst("option[selected]");
            var option = selected != null ? selected : field.selectFirst("option");
            return option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
        }
        return field.attr("value");
    }

    private HttpResponse<String> postEncoded(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base)
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (session != null) {
            request.header("Cookie", session);
        }
        request.timeout(Duration.ofSeconds(60));
        try {
            var response = client.send(request.build(), BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("SESSION="))
                    .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                    .reduce((first, last) -> last)
                    .ifPresent(cookie -> session = cookie);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String csrf(Document page) {
        return page.select("input[name=_csrf]").first().val();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

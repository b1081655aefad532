package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import nu.validator.client.EmbeddedValidator;
import org.factline.FactlineApplication;
import org.factline.Patience;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL goes away under a running Factline and comes back: readers keep getting the pages already
 * rendered, other pages say the database cannot be reached (in the page's language), an editor's save
 * is refused with what they typed kept to post again, and once PostgreSQL is back everything works
 * again without restarting Factline. The operator reads one warning when it goes away and one line when
 * it is back, with no stack trace for this expected condition.
 */
class DatabaseOutageTests {

    @TempDir
    Path temp;

    @Test
    void factlineServesWhatItCanWhilePostgresIsAwayAndRecoversWhenItReturns() throws Exception {
        var data = temp.resolve("postgres");
        int port = freePort();
        var postgres = postgres(data, port);
        try (var app = start(port);
                var log = OperatorsLog.attach()) {
            var reader = new Browserless(localPort(app));
            var editor = new Browserless(localPort(app)).signIn("editor@factline.demo");
            var jdbc = app.getBean(JdbcClient.class);
            long articleId = jdbc.sql("select id from article order by id limit 1")
                    .query(Long.class)
                    .single();
            var claimPath = jdbc.sql(
                            "select '/claims/' || id || '-' || slug from claim where status = 'PUBLISHED' order by id limit 1")
                    .query(String.class)
                    .single();
            var speakerPath = jdbc.sql("""
                            select '/speakers/' || s.slug from speaker s
                            where exists (select from claim c where c.speaker_id = s.id and c.status = 'PUBLISHED')
                            order by s.id limit 1""").query(String.class).single();

            // readers have seen the home page and a claim: both are cached
            var home = reader.get("/");
            var claim = reader.get(claimPath);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(claim.statusCode()).isEqualTo(200);
            var form = Jsoup.parse(editor.get("/desk/articles/" + articleId + "/claims/new")
                            .body())
                    .selectFirst("#claim-form");
            var typed = Map.of(
                    "quote", "the bridge will be finished next year",
                    "quoteKind", "PARAPHRASE",
                    "chain", "KCNA",
                    "speakerName", "Vladimir Putin",
                    "summary", "A bridge finished next year",
                    "saidOn", "2022-08-15",
                    "datePrecision", "DAY");

            postgres.close();

            assertThat(reader.get("/"))
                    .as("the cached home page")
                    .satisfies(page -> assertThat(page.statusCode()).isEqualTo(200))
                    .satisfies(page -> assertThat(page.body()).isEqualTo(home.body()));
            assertThat(reader.get(claimPath).body()).as("the cached claim page").isEqualTo(claim.body());

            var speaker = reader.get(speakerPath);
            assertThat(speaker.statusCode()).as("a page never rendered").isEqualTo(503);
            assertThat(Jsoup.parse(speaker.body()).select("h1").text()).isEqualTo("Factline cannot reach its database");
            var indonesian = reader.get("/id" + claimPath);
            assertThat(indonesian.statusCode()).isEqualTo(503);
            assertThat(Jsoup.parse(indonesian.body()).select("h1").text())
                    .isEqualTo("Factline tidak dapat menjangkau basis datanya");
            assertThat(Jsoup.parse(indonesian.body()).select("html").attr("lang"))
                    .isEqualTo("id");

            assertThat(htmlErrors(speaker.body())).isEmpty();
            assertThat(htmlErrors(indonesian.body())).isEmpty();

            var refused = editor.submit(form, typed);
            assertThat(refused.statusCode()).as("the refused save").isEqualTo(503);
            var kept = Jsoup.parse(refused.body());
            assertThat(kept.select("[role=alert]").text())
                    .contains("Not saved: the database is unavailable, try again");
            assertThat(htmlErrors(refused.body())).isEmpty();
            var again = kept.selectFirst("form.not-saved");
            assertThat(again).as("the form, as typed, to post again").isNotNull();
            assertThat(again.attr("action")).isEqualTo(form.attr("action"));
            assertThat(Browserless.fields(again))
                    .contains(Map.entry("summary", "A bridge finished next year"))
                    .contains(Map.entry("quote", "the bridge will be finished next year"))
                    .contains(Map.entry("speakerName", "Vladimir Putin"));

            var health = reader.get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"db\":{\"status\":\"DOWN\"");
            assertThat(reader.get("/actuator/health/liveness").statusCode())
                    .as("alive: a restart would not bring the database back")
                    .isEqualTo(200);
            assertThat(reader.get("/actuator/health/readiness").statusCode()).isEqualTo(503);

            assertThat(log.lines("PostgreSQL unreachable since"))
                    .as("one warning for the whole outage, with the driver's words")
                    .singleElement()
                    .satisfies(line -> assertThat(line.getLevel()).isEqualTo(Level.WARN))
                    .satisfies(line ->
                            assertThat(line.getFormattedMessage()).matches("PostgreSQL unreachable since \\S+: .+"));
            assertThat(log.traces())
                    .as("no stack trace for the expected condition")
                    .isEmpty();
            assertThat(log.lines("SQLState: 08"))
                    .as("Hibernate's lines per failed statement")
                    .isEmpty();

            postgres = postgres(data, port);

            var up = until(() -> reader.get("/actuator/health"), response -> response.statusCode() == 200);
            assertThat(up.body()).contains("\"db\":{\"status\":\"UP\"").doesNotContain("PostgreSQL");
            assertThat(reader.get(speakerPath).statusCode()).isEqualTo(200);
            assertThat(reader.get("/id" + claimPath).statusCode()).isEqualTo(200);

            var saved = editor.submit(again, Map.of());
            assertThat(saved.statusCode()).as("the same form posted again").isEqualTo(302);
            assertThat(saved.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).matches(".*/desk/claims/\\d+"));
            assertThat(jdbc.sql("select count(*) from claim where summary = 'A bridge finished next year'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(editor.get("/desk").statusCode()).isEqualTo(200);

            assertThat(log.back().get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS))
                    .as("one line when PostgreSQL is back")
                    .matches("PostgreSQL reachable again after \\d+ s \\(\\d+ requests refused meanwhile\\)");
            assertThat(log.lines("PostgreSQL unreachable since")).hasSize(1);
            assertThat(log.traces()).isEmpty();
        } finally {
            postgres.close();
        }
    }

    /** What the operator reads in the running application's log, from the moment it is attached. */
    private static final class OperatorsLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

        private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
        private final CompletableFuture<String> back = new CompletableFuture<>();

        static OperatorsLog attach() {
            var log = new OperatorsLog();
            var context = (LoggerContext) LoggerFactory.getILoggerFactory();
            log.setContext(context);
            log.start();
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(log);
            return log;
        }

        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
            if (event.getFormattedMessage().startsWith("PostgreSQL reachable again")) {
                back.complete(event.getFormattedMessage());
            }
        }

        List<ILoggingEvent> lines(String containing) {
            return events.stream()
                    .filter(event -> event.getFormattedMessage().contains(containing))
                    .toList();
        }

        /** Lines logged with a stack trace, as "logger: message: exception". */
        List<String> traces() {
            return events.stream()
                    .filter(event -> event.getThrowableProxy() != null)
                    .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage() + ": "
                            + event.getThrowableProxy().getMessage())
                    .toList();
        }

        CompletableFuture<String> back() {
            return back;
        }

        @Override
        public void close() {
            ((LoggerContext) LoggerFactory.getILoggerFactory())
                    .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                    .detachAppender(this);
            stop();
        }
    }

    /** The Nu Html Checker's errors on the page (as HtmlValidityTests reads them). */
    private static List<String> htmlErrors(String html) throws IOException {
        var validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        String report;
        try {
            report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return report.lines()
                .filter(line -> line.contains(": error:") || line.contains(": fatal"))
                .toList();
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    private static ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(FactlineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--factline.demo=true");
    }

    private static int localPort(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Asks again until the answer is the one awaited; each ask waits for the application's own answer. */
    private static HttpResponse<String> until(
            java.util.function.Supplier<HttpResponse<String>> ask, Predicate<HttpResponse<String>> awaited) {
        var deadline = Instant.now().plus(Patience.SIGNAL);
        HttpResponse<String> last;
        do {
            last = ask.get();
            if (awaited.test(last)) {
                return last;
            }
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Still " + last.statusCode() + " after " + Duration.between(Instant.now(), deadline));
    }
}

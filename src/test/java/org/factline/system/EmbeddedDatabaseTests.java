package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.factline.FactlineApplication;
import org.factline.Patience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Factline as a new user runs it: no database configured, so it runs its own PostgreSQL. */
class EmbeddedDatabaseTests {

    @TempDir
    Path temp;

    @Test
    void servesTheDemoAndKeepsItsDataAcrossRestartsWithoutLoadingTheDemoTwice() throws Exception {
        var dataDirectory = temp.resolve("postgres");
        long claims;
        long speakers;
        try (var app = start(dataDirectory)) {
            var home = get(app, "/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("North Korean builders could help rebuild occupied Donbas");

            var jdbc = app.getBean(JdbcClient.class);
            claims = count(jdbc, "claim");
            speakers = count(jdbc, "speaker");
            assertThat(claims).isGreaterThanOrEqualTo(5);
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .isEqualTo("on");
            jdbc.sql("insert into topic (slug, name) values ('kept-across-restarts', 'Kept')")
                    .update();
        }
        assertThat(dataDirectory.resolve("log"))
                .isDirectoryContaining(path -> path.toString().endsWith(".log"));

        try (var app = start(dataDirectory)) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(count(jdbc, "claim")).isEqualTo(claims);
            assertThat(count(jdbc, "speaker")).isEqualTo(speakers);
            assertThat(jdbc.sql("select count(*) from topic where slug = 'kept-across-restarts'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(get(app, "/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void startsAfterAKilledFactlineLeftItsPostgresRunning() throws Exception {
        var dataDirectory = temp.resolve("postgres");
        var output = temp.resolve("killed-factline.log");
        var javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var killed = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        System.getProperty("java.class.path"),
                        FactlineApplication.class.getName(),
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--factline.demo=",
                        "--factline.embedded.data-directory=" + dataDirectory)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            awaitLine(output, "Started FactlineApplication", Patience.START);
        } finally {
            killed.destroyForcibly().waitFor();
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                .as("postmaster outlives kill -9")
                .contains(true);

        try (var app = start(dataDirectory)) {
            assertThat(get(app, "/").body()).contains("North Korean builders could help rebuild occupied Donbas");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDeploymentWithoutDemoDataGetsAnAdministratorWithAOneTimePasswordPrintedOnce(CapturedOutput output) {
        var dataDirectory = temp.resolve("postgres");
        try (var app = new SpringApplicationBuilder(FactlineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--factline.demo=false",
                        "--factline.embedded.data-directory=" + dataDirectory)) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(count(jdbc, "claim")).isZero();
            var line = output.getOut()
                    .lines()
                    .filter(l -> l.contains("one-time password"))
                    .findFirst()
                    .orElseThrow();
            var password = line.replaceAll(".*one-time password (\\S+) .*", "$1");
            var hash = jdbc.sql(
                            "select password_hash from app_user where email = 'admin@factline.local' and password_change_required")
                    .query(String.class)
                    .single();
            assertThat(app.getBean(PasswordEncoder.class).matches(password, hash))
                    .isTrue();
        }
        int printed = output.getOut().split("one-time password", -1).length - 1;
        try (var app = new SpringApplicationBuilder(FactlineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--factline.demo=false",
                        "--factline.embedded.data-directory=" + dataDirectory)) {
            assertThat(output.getOut().split("one-time password", -1).length - 1)
                    .isEqualTo(printed);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(FactlineApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=",
                        "--factline.demo=",
                        "--factline.embedded.data-directory=" + dataDirectory);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        var port = app.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void awaitLine(Path file, String text, Duration timeout) throws Exception {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Factline did not start within " + timeout + ":\n" + Files.readString(file));
    }
}

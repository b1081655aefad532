package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factline.FactlineApplication;
import org.factline.Patience;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Factline in a JVM of its own is killed ({@code kill -9}) while editors save claims through the desk's
 * forms: every save it acknowledged (a redirect to the claim) is in the database afterwards, and no save
 * is there in part (a claim without its appearance or its history, an edit without its history row).
 */
class CrashTests {

    /** Saves acknowledged before the kill: enough for several in flight when it comes. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 24;

    private static final int EDITORS = 3;

    @TempDir
    Path temp;

    /** A save the application acknowledged: a new claim (its marker as summary) or an edit of one. */
    record Save(long claimId, String summary, boolean edit) {}

    @Test
    void everyAcknowledgedSaveSurvivesAKillAndNoneIsHalfWritten() throws Exception {
        try (var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(temp.resolve("postgres"))
                .setServerConfig("synchronous_commit", "on")
                .start()) {
            var log = Path.of("target", "crash-tests-factline.log");
            int port = freePort();
            var child = startFactline(postgres.getPort(), port, log);
            try {
                var jdbc = JdbcClient.create(postgres.getPostgresDatabase());
                long articleId = jdbc.sql("select id from article order by id limit 1")
                        .query(Long.class)
                        .single();

                var acknowledged = new ConcurrentLinkedQueue<Save>();
                var enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
                var killed = new AtomicBoolean();
                var failures = new ConcurrentLinkedQueue<Throwable>();
                var editors = new ArrayList<Thread>();
                for (int e = 0; e < EDITORS; e++) {
                    var desk = new Browserless(port).signIn("editor@factline.demo");
                    int editor = e;
                    var thread = new Thread(
                            () -> {
                                try {
                                    burst(desk, editor, articleId, acknowledged, enough);
                                } catch (Throwable stopped) {
                                    // after the kill, a request the application never answered; before it, a failure
                                    if (!killed.get()) {
                                        failures.add(stopped);
                                        while (enough.getCount() > 0) {
                                            enough.countDown();
                                        }
                                    }
                                }
                            },
                            "crash-editor-" + e);
                    thread.start();
                    editors.add(thread);
                }
                assertThat(enough.await(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS))
                        .as("saves acknowledged before the kill")
                        .isTrue();
                assertThat(failures).as("saves refused before the kill").isEmpty();

                killed.set(true);
                child.destroyForcibly();
                assertThat(child.onExit()
                                .get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS)
                                .isAlive())
                        .isFalse();
                for (var editor : editors) {
                    editor.join(Patience.SIGNAL.toMillis());
                }

                assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
                everyAcknowledgedSaveIsThere(jdbc, List.copyOf(acknowledged));
                noSaveIsThereInPart(jdbc);
            } finally {
                child.destroyForcibly();
                child.onExit().get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /** New claims through the desk's form, each edited once through its edit form, until the kill. */
    private static void burst(
            Browserless desk,
            int editor,
            long articleId,
            ConcurrentLinkedQueue<Save> acknowledged,
            CountDownLatch enough) {
        var newClaim = Jsoup.parse(
                        desk.get("/desk/articles/" + articleId + "/claims/new").body())
                .selectFirst("#claim-form");
        for (int n = 0; ; n++) {
            var marker = "Crash " + editor + "-" + n;
            var created = desk.submit(
                    newClaim,
                    Map.of(
                            "quote", "crash test words " + editor + "-" + n,
                            "quoteKind", "PARAPHRASE",
                            "chain", "KCNA",
                            "speakerName", "Vladimir Putin",
                            "claimText", "Crash test claim " + marker,
                            "summary", marker,
                            "saidOn", "2022-08-15",
                            "datePrecision", "DAY"));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
            long claimId = Long.parseLong(
                    created.headers().firstValue("Location").orElseThrow().replaceAll(".*/desk/claims/", ""));
            acknowledged.add(new Save(claimId, marker, false));
            enough.countDown();

            var editForm = Jsoup.parse(
                            desk.get("/desk/claims/" + claimId + "/edit").body())
                    .selectFirst("form[action$=/edit]");
            var edited = desk.submit(editForm, Map.of("summary", marker + " edited"));
            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(302);
            acknowledged.add(new Save(claimId, marker + " edited", true));
            enough.countDown();
        }
    }

    private static void everyAcknowledgedSaveIsThere(JdbcClient jdbc, List<Save> saves) {
        for (var save : saves) {
            if (save.edit()) {
                assertThat(jdbc.sql("select summary from claim where id = ?")
                                .param(save.claimId())
                                .query(String.class)
                                .optional())
                        .as("the edit of claim %d", save.claimId())
                        .contains(save.summary());
            } else {
                assertThat(jdbc.sql("select count(*) from claim where id = ? and summary in (?, ?)")
                                .params(save.claimId(), save.summary(), save.summary() + " edited")
                                .query(Long.class)
                                .single())
                        .as("the new claim %d", save.claimId())
                        .isEqualTo(1);
            }
        }
    }

    /** Of every claim of the burst, created or edited, whatever was acknowledged. */
    private static void noSaveIsThereInPart(JdbcClient jdbc) {
        var claims = jdbc.sql("select id from claim where text like 'Crash test claim %'")
                .query(Long.class)
                .list();
        assertThat(claims).isNotEmpty();
        for (long claim : claims) {
            assertThat(jdbc.sql("select count(*) from appearance where claim_id = ?")
                            .param(claim)
                            .query(Long.class)
                            .single())
                    .as("the appearance of claim %d", claim)
                    .isEqualTo(1);
            assertThat(jdbc.sql("""
                            select count(*) from appearance a
                            where a.claim_id = ? and not exists (select from appearance_aud h where h.id = a.id)""").param(claim).query(Long.class).single())
                    .as("appearances of claim %d without their history", claim)
                    .isZero();
            assertThat(jdbc.sql("select count(*) from claim_aud where id = ? and revtype = 0")
                            .param(claim)
                            .query(Long.class)
                            .single())
                    .as("the history of claim %d's creation", claim)
                    .isEqualTo(1);
            assertThat(jdbc.sql("""
                            select h.summary from claim_aud h where h.id = ? order by h.rev desc limit 1""").param(claim).query(String.class).single())
                    .as("the latest history row of claim %d says what the claim says", claim)
                    .isEqualTo(jdbc.sql("select summary from claim where id = ?")
                            .param(claim)
                            .query(String.class)
                            .single());
        }
    }

    /**
     * Factline from this build's classes in a JVM of its own, on the given database; returns once it says it
     * has started (its log line), its output kept in {@code log}.
     */
    private static Process startFactline(int databasePort, int port, Path log) throws Exception {
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                FactlineApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--factline.demo=true",
                "--factline.public.prerender=false",
                "--spring.main.banner-mode=off");
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var started = new CountDownLatch(1);
        Files.createDirectories(log.getParent());
        var output = new Thread(() -> {
            try (var lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    var out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line; (line = lines.readLine()) != null; ) {
                    out.println(line);
                    if (line.contains("Started FactlineApplication")) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                // the process is gone: its output ends
            }
        });
        output.setDaemon(true);
        output.start();
        process.onExit().thenRun(started::countDown);
        assertThat(started.await(Patience.START.toSeconds(), TimeUnit.SECONDS))
                .as("Factline started (see %s)", log)
                .isTrue();
        assertThat(process.isAlive()).as("Factline is running (see %s)", log).isTrue();
        return process;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

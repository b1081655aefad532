package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.intake.CsvImportTests.HEADER;
import static org.factline.intake.CsvImportTests.row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.claim.Attribution;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.VerdictManagement;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A quote imported for a claim readers already see reaches them at once, as an editor's does: on the
 * page this instance keeps in memory, in the page store every instance reads, in the changes another
 * instance reads before serving its own cached copy, and in search.
 */
@IntegrationTest
class ImportReachesReadersTests {

    @Autowired
    Imports imports;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimManagement claims;

    @Autowired
    ArticleManagement articles;

    @Autowired
    VerdictManagement verdicts;

    @TempDir
    Path directory;

    @Test
    void aNewAppearanceOfAPublishedClaimShowsOnItsPageEverywhereAndInSearch() {
        var data = new TestData(context);
        var speaker = data.matsegora();
        var claim = publishedClaim(speaker.getId());
        var path = claim.path();
        var key = "en " + path;
        var word = "zorvath" + letters(8);
        var quote = "the workers of " + word + " will come";

        // readers have seen the page: rendered, kept in memory and in the page store; search knows the claim
        assertThat(page(path)).doesNotContain(word);
        assertThat(page(path)).doesNotContain(word);
        assertThat(storedPage(key))
                .as("kept in the page store")
                .hasValueSatisfying(stored ->
                        assertThat(stored).contains(claim.getSummary()).doesNotContain(word));
        assertThat(searchResults(word)).doesNotContain(claim.getSummary());
        long versionBefore = publicContentVersion();

        var outcome = imports.commit(
                csv(row(claim.getText(), speaker.getName(), "2022-08-15", "https://rg.ru/" + UUID.randomUUID(), quote)),
                total -> {},
                done -> {});
        assertThat(outcome.committed()).isTrue();
        assertThat(outcome.appearances()).isEqualTo(1);

        // another instance drops its cached copy when it reads the changes made since its copy was rendered
        assertThat(jdbc.sql("select scope from public_content_change where version > ?")
                        .param(versionBefore)
                        .query(String.class)
                        .list())
                .as("the changes other instances read")
                .contains("claim:" + claim.getId());
        // no instance takes the old page from the store
        assertThat(storedPage(key, Duration.ZERO)).as("the stored page").isEmpty();
        // this instance's memory copy is renewed
        assertThat(page(path)).contains(word);
        // and the page stored again for every instance holds the new quote
        assertThat(storedPage(key))
                .hasValueSatisfying(stored -> assertThat(stored).contains(word));
        assertThat(searchResults(word)).contains(claim.getSummary());
    }

    private Claim publishedClaim(long speakerId) {
        var data = new TestData(context);
        var article = articles.record(new NewArticle(
                "https://tass.com/" + UUID.randomUUID(),
                "Workers for Donbas",
                "TASS",
                List.of(),
                null,
                "en",
                Instant.now(),
                null,
                null));
        var summary = TestData.unique("Imported appearance reaches readers");
        var claim = claims.create(new NewClaim(
                speakerId,
                "North Korean workers will come to Donbas.",
                "en",
                null,
                null,
                summary,
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                null,
                List.of(),
                null));
        claims.addAppearance(
                claim.getId(),
                new NewAppearance(
                        article.getId(), "workers will come", null, null, QuoteKind.DIRECT, List.<Attribution>of()));
        var rating = verdicts.rating(VerdictManagement.DEFAULT_SCALE, "false").orElseThrow();
        var draft = verdicts.draft(new NewVerdict(
                claim.getId(),
                rating.getId(),
                "Not so: " + summary,
                "Rationale.",
                data.user(Role.REPORTER).getId()));
        verdicts.publishReviewed(
                draft.getId(), data.user(Role.REPORTER, Role.EDITOR).getId());
        return claims.findById(claim.getId()).orElseThrow();
    }

    private String page(String path) {
        var result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String searchResults(String query) {
        return Jsoup.parse(page("/search?q=" + query)).select("main").text();
    }

    /** The stored page, once the page store's writer has kept it (it writes on a thread of its own). */
    private Optional<String> storedPage(String key) {
        return storedPage(key, Duration.ofSeconds(60));
    }

    private Optional<String> storedPage(String key, Duration patience) {
        var deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            var body = jdbc.sql("select body from rendered_page where key = ?")
                    .param(key)
                    .query(byte[].class)
                    .optional();
            if (body.isPresent() || System.nanoTime() >= deadline) {
                return body.map(ImportReachesReadersTests::inflate);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String inflate(byte[] deflated) {
        try (var in = new InflaterInputStream(new ByteArrayInputStream(deflated), new Inflater(true))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long publicContentVersion() {
        return jdbc.sql("select version from public_content_version where id = 1")
                .query(Long.class)
                .single();
    }

    private Path csv(String... rows) {
        try {
            var file = Files.createTempFile(directory, "import", ".csv");
            Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String letters(int count) {
        var random = ThreadLocalRandom.current();
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}

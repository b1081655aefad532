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
import org.factline.SignedIn;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.claim.Attribution;
import org.factline.claim.Claim;
import org.factline.claim.ClaimEdit;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimUpdate;
import org.factline.claim.ClaimUpdateManagement;
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
 * Published means reviewed, for the import too: a quote imported for a claim readers already see waits in
 * the claim's update, and readers see nothing of it (page in memory, page store, search) until an editor
 * other than the importer publishes the update; then it reaches them everywhere. A row the update cannot
 * take (a direct quote not in the article's stored text, an update already in review) is a problem of
 * that row.
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
    ClaimUpdateManagement updates;

    @Autowired
    ArticleManagement articles;

    @Autowired
    VerdictManagement verdicts;

    @TempDir
    Path directory;

    @Test
    void anImportedQuoteOnAPublishedClaimWaitsInTheUpdateAndReachesReadersWhenTheUpdateIsPublished() {
        var data = new TestData(context);
        var speaker = data.matsegora();
        var claim = publishedClaim(speaker.getId(), null);
        var path = claim.path();
        var key = "en " + path;
        var word = "zorvath" + letters(8);
        var quote = "the workers of " + word + " will come";
        var importer = data.user(Role.REPORTER, Role.EDITOR);

        // readers have seen the page: rendered, kept in memory and in the page store; search knows the claim
        assertThat(page(path)).doesNotContain(word);
        assertThat(storedPage(key))
                .as("kept in the page store")
                .hasValueSatisfying(stored ->
                        assertThat(stored).contains(claim.getSummary()).doesNotContain(word));
        assertThat(searchResults(word)).doesNotContain(claim.getSummary());

        var file =
                csv(row(claim.getText(), speaker.getName(), "2022-08-15", "https://rg.ru/" + UUID.randomUUID(), quote));
        var preview = imports.dryRun(file, "rg.csv");
        assertThat(preview.ok()).isTrue();
        assertThat(preview.proposedCount()).as("waits for review").isEqualTo(1);
        assertThat(preview.appearanceCount()).as("recorded at once").isZero();
        assertThat(preview.updates()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.claimId()).isEqualTo(claim.getId());
            assertThat(row.action()).isEqualTo("update");
        });

        var outcome = imports.commit(file, importer.getId(), total -> {}, done -> {});
        assertThat(outcome.committed()).isTrue();
        assertThat(outcome.appearances()).isZero();
        assertThat(outcome.proposed()).isEqualTo(1);
        assertThat(outcome.updatedClaims()).containsExactly(claim.getId());

        // the quote waits in the claim's update, drafted by the importer
        var update = updates.open(claim.getId()).orElseThrow();
        assertThat(update.getAuthorId()).isEqualTo(importer.getId());
        assertThat(update.getAppearances())
                .singleElement()
                .satisfies(proposed -> assertThat(proposed.getQuote()).isEqualTo(quote));
        // readers see nothing of it: not on the page, not in the stored page, not in search
        assertThat(appearancesOf(claim.getId())).isEqualTo(1);
        assertThat(page(path)).doesNotContain(word);
        assertThat(storedPage(key))
                .hasValueSatisfying(stored -> assertThat(stored).doesNotContain(word));
        assertThat(searchResults(word)).doesNotContain(claim.getSummary());
        // importing the same file again proposes nothing twice
        assertThat(imports.dryRun(file, "again.csv").alreadyPresent()).isEqualTo(1);

        // another editor publishes the update: the quote reaches readers everywhere
        long versionBefore = publicContentVersion();
        var noted = withNote(claim, speaker.getName(), update, importer.getId());
        var submitted = SignedIn.as(Role.REPORTER, () -> updates.submit(noted.getId(), noted.getVersion()));
        var reviewer = data.user(Role.REPORTER, Role.EDITOR);
        SignedIn.as(
                Role.EDITOR,
                () -> updates.publish(
                        submitted.getId(), submitted.getVersion(), reviewer.getId(), "A further report added.", false));
        assertThat(appearancesOf(claim.getId())).isEqualTo(2);
        assertThat(jdbc.sql("select scope from public_content_change where version > ?")
                        .param(versionBefore)
                        .query(String.class)
                        .list())
                .as("the changes other instances read")
                .contains("claim:" + claim.getId());
        assertThat(page(path)).contains(word);
        assertThat(storedPage(key))
                .hasValueSatisfying(stored -> assertThat(stored).contains(word));
        assertThat(searchResults(word)).contains(claim.getSummary());
    }

    @Test
    void rowsThePublishedClaimsUpdateCannotTakeAreProblemsOfTheirRows() {
        var data = new TestData(context);
        var speaker = data.matsegora();
        var body = "Matsegora said that the workers will come to Donbas soon.";
        var claim = publishedClaim(speaker.getId(), body);
        var url = jdbc.sql(
                        "select a.url from article a join appearance ap on ap.article_id = a.id where ap.claim_id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        var importer = data.user(Role.REPORTER);

        // a direct quote the article's stored text does not hold: the desk would ask for a confirmation
        var mismatch = csv(row(claim.getText(), speaker.getName(), "2022-08-15", url, "workers will never come"));
        var preview = imports.dryRun(mismatch, "mismatch.csv");
        assertThat(preview.ok()).isFalse();
        assertThat(preview.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.code()).isEqualTo("quoteNotInArticle");
        });
        assertThat(imports.commit(mismatch, importer.getId(), total -> {}, done -> {})
                        .committed())
                .isFalse();
        assertThat(updates.open(claim.getId())).isEmpty();

        // a quote the text holds goes into the update; once that is in review, further rows wait
        var fine = csv(row(claim.getText(), speaker.getName(), "2022-08-15", url, "to Donbas soon"));
        assertThat(imports.commit(fine, importer.getId(), total -> {}, done -> {})
                        .proposed())
                .isEqualTo(1);
        var update =
                withNote(claim, speaker.getName(), updates.open(claim.getId()).orElseThrow(), importer.getId());
        SignedIn.as(Role.REPORTER, () -> updates.submit(update.getId(), update.getVersion()));
        var later = csv(row(claim.getText(), speaker.getName(), "2022-08-15", url, "the workers will come"));
        assertThat(imports.dryRun(later, "later.csv").problems())
                .extracting(Problem::code)
                .containsExactly("updateInReview");
        assertThat(appearancesOf(claim.getId())).isEqualTo(1);
    }

    /** The public note its author writes in the update's form before sending it to review. */
    private ClaimUpdate withNote(Claim claim, String speakerName, ClaimUpdate update, long authorId) {
        var edit = new ClaimEdit(
                speakerName,
                claim.getText(),
                claim.getLanguage(),
                claim.getTranslation(),
                claim.getTranslationLanguage(),
                claim.getSummary(),
                null,
                claim.getSaid().getDate(),
                claim.getSaid().getPrecision(),
                claim.getSaidWhere(),
                List.of());
        return updates.propose(
                claim.getId(), update.getId(), update.getVersion(), edit, "A further report added.", false, authorId);
    }

    private long appearancesOf(long claimId) {
        return jdbc.sql("select count(*) from appearance where claim_id = ?")
                .param(claimId)
                .query(Long.class)
                .single();
    }

    private Claim publishedClaim(long speakerId, String body) {
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
                body));
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

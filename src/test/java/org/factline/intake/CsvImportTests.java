package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.claim.Attribution;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The import against PostgreSQL: all or nothing, never twice, and the export's files read back the same. */
@IntegrationTest
class CsvImportTests {

    static final String HEADER = "claim_text,speaker,said_on,article_url,quote";

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SpeakerManagement speakers;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ClaimManagement claims;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path directory;

    @Test
    void aCleanFileCreatesDraftClaimsSpeakersArticlesAppearancesAndTopics() {
        var speaker = TestData.unique("Ramzan Kadyrov");
        var url = "https://www.kompas.com/" + UUID.randomUUID();
        var file = csv(
                HEADER
                        + ",language,translation,summary,topics,quote_kind,attribution,article_title,article_outlet,date_precision"
                        + ",summary_indonesian",
                row(
                        "Chechen fighters are ready to go to Donbas.",
                        speaker,
                        "2022-08",
                        url + "?utm_source=x",
                        "siap berangkat",
                        "en",
                        "Pejuang Chechnya siap berangkat.",
                        "Kadyrov's fighters ready",
                        "Chechnya; " + speaker + " topic",
                        "paraphrase",
                        "Telegram → TASS",
                        "Kadyrov siap",
                        "Kompas",
                        "month",
                        "Pejuang Kadyrov siap"),
                row(
                        "Chechen fighters are ready to go to Donbas.",
                        speaker,
                        "2022-08",
                        "https://tass.ru/" + UUID.randomUUID(),
                        "ready to go",
                        "en",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "month",
                        ""));

        var preview = imports.dryRun(file, "kadyrov.csv");
        assertThat(preview.ok()).isTrue();
        assertThat(preview.newSpeakers()).containsExactly(speaker);
        assertThat(preview.newArticleCount()).isEqualTo(2);
        assertThat(preview.newClaimCount()).isEqualTo(1);
        assertThat(preview.appearanceCount()).isEqualTo(2);
        assertThat(countOf(speaker)).isZero();

        var outcome = commit(file);
        assertThat(outcome.committed()).isTrue();
        assertThat(outcome.claims()).isEqualTo(1);
        assertThat(outcome.createdClaims())
                .singleElement()
                .satisfies(c -> assertThat(c.speaker()).isEqualTo(speaker));

        var claim = jdbc.sql("""
                        select c.status, c.text, c.translation, c.translation_language, c.summary, c.summary_id,
                               c.said_on, c.date_precision, c.language, c.slug, s.slug as speaker_slug, s.kind
                        from claim c join speaker s on s.id = c.speaker_id where s.name = ?""").param(speaker).query().singleRow();
        assertThat(claim)
                .containsEntry("status", "DRAFT")
                .containsEntry("text", "Chechen fighters are ready to go to Donbas.")
                .containsEntry("translation", "Pejuang Chechnya siap berangkat.")
                .containsEntry("translation_language", "en")
                .containsEntry("summary", "Kadyrov's fighters ready")
                .containsEntry("summary_id", "Pejuang Kadyrov siap")
                .containsEntry("said_on", java.sql.Date.valueOf(LocalDate.of(2022, 8, 1)))
                .containsEntry("date_precision", "MONTH")
                .containsEntry("language", "en")
                .containsEntry("slug", "kadyrov-s-fighters-ready")
                .containsEntry("kind", "PERSON");
        assertThat(claim.get("speaker_slug").toString()).startsWith("ramzan-kadyrov-");

        var appearances = jdbc.sql("""
                        select a.url, a.normalized_url, a.title, a.outlet, ap.quote, ap.quote_kind,
                               (select string_agg(x.name, '|' order by x.position) from appearance_attribution x
                                 where x.appearance_id = ap.id) as chain
                        from appearance ap join article a on a.id = ap.article_id join claim c on c.id = ap.claim_id
                        join speaker s on s.id = c.speaker_id where s.name = ? order by ap.id""").param(speaker).query().listOfRows();
        assertThat(appearances).hasSize(2);
        assertThat(appearances.get(0))
                .containsEntry("url", url)
                .containsEntry("normalized_url", "https://kompas.com/" + url.substring(url.lastIndexOf('/') + 1))
                .containsEntry("title", "Kadyrov siap")
                .containsEntry("outlet", "Kompas")
                .containsEntry("quote", "siap berangkat")
                .containsEntry("quote_kind", "PARAPHRASE")
                .containsEntry("chain", "TASS|Telegram");
        assertThat(appearances.get(1)).containsEntry("outlet", "tass.ru").containsEntry("quote_kind", "DIRECT");
        assertThat(jdbc.sql(
                                "select t.name from claim_topic ct join topic t on t.id = ct.topic_id join claim c on c.id = ct.claim_id"
                                        + " join speaker s on s.id = c.speaker_id where s.name = ? order by t.name")
                        .param(speaker)
                        .query(String.class)
                        .list())
                .contains(speaker + " topic");
    }

    @Test
    void reImportingTheSameFileCreatesNothing() {
        var speaker = TestData.unique("Dmitry Medvedev");
        var file = csv(
                HEADER,
                row("Statement one", speaker, "2022-08-01", "https://ria.ru/" + UUID.randomUUID(), "one"),
                row("Statement two", speaker, "2022-08-02", "https://ria.ru/" + UUID.randomUUID(), "two"));
        assertThat(commit(file).claims()).isEqualTo(2);

        var again = imports.dryRun(file, "again.csv");
        assertThat(again.alreadyPresent()).isEqualTo(2);
        assertThat(again.hasWork()).isFalse();
        var outcome = commit(file);
        assertThat(outcome.claims()).isZero();
        assertThat(outcome.appearances()).isZero();
        assertThat(outcome.alreadyPresent()).isEqualTo(2);
        assertThat(countOf(speaker)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from speaker where name = ?")
                        .param(speaker)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNewAppearanceOfAClaimAlreadyRecordedIsAddedToIt() {
        var speaker = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON, TestData.unique("Sergei Lavrov"), null, null, null, List.of(), List.of()));
        var article = articles.record(new NewArticle(
                "https://tass.com/" + UUID.randomUUID(),
                "Lavrov",
                "TASS",
                List.of(),
                null,
                "en",
                Instant.now(),
                null,
                null));
        var claim = claims.create(new NewClaim(
                speaker.getId(),
                "Cooperation will grow.",
                "en",
                null,
                null,
                null,
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                null,
                List.of(),
                null));
        claims.addAppearance(
                claim.getId(),
                new NewAppearance(article.getId(), "will grow", null, null, QuoteKind.DIRECT, List.<Attribution>of()));

        var file = csv(
                HEADER,
                row(
                        "Cooperation will grow.",
                        speaker.getName().toUpperCase(),
                        "2022-08-15",
                        // a variant of the recorded address: the same article
                        article.getUrl().replace("https://", "http://www.") + "/?fbclid=IwAR0&utm_source=x",
                        "will grow"),
                row(
                        "Cooperation will grow.",
                        speaker.getName(),
                        "2022-08-15",
                        "https://rg.ru/" + UUID.randomUUID(),
                        "grow"));
        var preview = imports.dryRun(file, "lavrov.csv");
        assertThat(preview.alreadyPresent()).isEqualTo(1);
        assertThat(preview.appearancesOnExistingClaims()).isEqualTo(1);
        assertThat(preview.newClaimCount()).isZero();
        assertThat(preview.newSpeakerCount()).isZero();
        commit(file);
        assertThat(jdbc.sql("select count(*) from appearance where claim_id = ?")
                        .param(claim.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void oneBadRowInAThousandWritesNothing() {
        var speaker = TestData.unique("Bulk speaker");
        var lines = new String[1000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = row(
                    "Claim number " + i, speaker, "2022-08-15", "https://bulk.example/" + UUID.randomUUID(), "q" + i);
        }
        lines[737] = row("Claim number 737", speaker, "15 Agustus 2022", "https://bulk.example/737", "q737");
        var file = csv(HEADER, lines);

        var preview = imports.dryRun(file, "bulk.csv");
        assertThat(preview.problems()).containsExactly(Problem.of(739, "said_on", "date", "15 Agustus 2022"));
        var outcome = commit(file);
        assertThat(outcome.committed()).isFalse();
        assertThat(countOf(speaker)).isZero();
        assertThat(jdbc.sql("select count(*) from speaker where name = ?")
                        .param(speaker)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFailureWhileWritingRollsEverythingBack() {
        var speaker = TestData.unique("Rollback speaker");
        var lines = new String[12_000];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = row("Claim " + i, speaker, "2022", "https://rollback.example/" + UUID.randomUUID(), "q");
        }
        var file = csv(HEADER, lines);
        long[] written = {0};
        assertThatThrownBy(() -> imports.commit(file, importer(), total -> {}, done -> {
                    written[0] += done;
                    if (written[0] > 6000) {
                        throw new IllegalStateException("disk full");
                    }
                }))
                .hasMessage("disk full");
        assertThat(countOf(speaker)).isZero();
        assertThat(jdbc.sql("select count(*) from article where url like 'https://rollback.example/%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void everyKindOfProblemWritesNothing() {
        var speaker = TestData.unique("Problem speaker");
        var files = Map.of(
                "missing value", csv(HEADER, row("", speaker, "2022", "https://p.example/1", "q")),
                "date", csv(HEADER, row("T", speaker, "2022/08/17", "https://p.example/2", "q")),
                "rating", csv(HEADER + ",rating", row("T", speaker, "2022", "https://p.example/3", "q", "Bohong")),
                "url", csv(HEADER, row("T", speaker, "2022", "p.example/4", "q")),
                "too long", csv(HEADER, row("T".repeat(5001), speaker, "2022", "https://p.example/5", "q")),
                "delimiter",
                        write(String.join(";", HEADER.split(",")) + "\nT;" + speaker + ";2022;https://p.example/6;q\n"),
                "duplicate",
                        csv(
                                HEADER,
                                row("T", speaker, "2022", "https://p.example/7", "q"),
                                row("U", speaker, "2021", "https://p.example/7", "q")));
        for (var entry : files.entrySet()) {
            var preview = imports.dryRun(entry.getValue(), entry.getKey());
            assertThat(preview.ok()).as(entry.getKey()).isFalse();
            assertThat(commit(entry.getValue()).committed()).as(entry.getKey()).isFalse();
        }
        var latin1 = directory.resolve("latin1.csv");
        try {
            Files.write(
                    latin1,
                    (HEADER + "\nT," + speaker + " Jos\u00e9,2022,https://p.example/8,q\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(imports.dryRun(latin1, "latin1.csv").problems())
                .extracting(Problem::code)
                .containsExactly("encoding");
        assertThat(commit(latin1).committed()).isFalse();
        assertThat(jdbc.sql("select count(*) from speaker where name like ?")
                        .param(speaker + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from article where url like 'https://p.example/%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void exportingClaimsAndImportingThemIntoAnEmptyDatabaseRecreatesThem() throws Exception {
        // three claims of a new speaker: one with an unknown date, one in Cyrillic with a formula-like text
        var speaker = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                TestData.unique("Мария Захарова"),
                null,
                "Spokeswoman",
                null,
                List.of(),
                List.of()));
        var first = articles.record(new NewArticle(
                "https://www.rbc.ru/politics/" + UUID.randomUUID(),
                "Захарова, \"брифинг\"",
                "RBC",
                List.of(),
                null,
                "ru",
                Instant.parse("2022-08-18T09:00:00Z"),
                null,
                null));
        var second = articles.record(new NewArticle(
                "https://www.antaranews.com/berita/" + UUID.randomUUID(),
                "Zakharova",
                "Antara",
                List.of(),
                null,
                "id",
                null,
                null,
                null));
        var claimIds = List.of(
                claim(
                        speaker.getId(),
                        "Запад, как всегда, \"лжёт\".\nНовая строка.",
                        "ru",
                        "The West lies.",
                        "2022-08-18",
                        DatePrecision.DAY,
                        first.getId(),
                        "лжёт"),
                claim(
                        speaker.getId(),
                        "=Sanksi tidak berhasil",
                        "id",
                        null,
                        "2022-08-01",
                        DatePrecision.MONTH,
                        second.getId(),
                        "-tidak berhasil"),
                claim(
                        speaker.getId(),
                        "Undated remark",
                        "en",
                        null,
                        null,
                        DatePrecision.UNKNOWN,
                        second.getId(),
                        "remark"));
        var before = snapshot(speaker.getName());
        assertThat(before).hasSize(3);

        var exported = mvc.get()
                .uri("/desk/export/claims.csv?speaker=" + speaker.getSlug())
                .with(SecurityMockMvcRequestPostProcessors.user("editor").roles("EDITOR"))
                .exchange()
                .getResponse()
                .getContentAsByteArray();

        // empty the database of everything the export holds
        jdbc.sql("delete from claim where id in (:ids)").param("ids", claimIds).update();
        jdbc.sql("delete from article where id in (?, ?)")
                .params(first.getId(), second.getId())
                .update();
        jdbc.sql("delete from speaker where id = ?").param(speaker.getId()).update();
        assertThat(snapshot(speaker.getName())).isEmpty();

        var file = directory.resolve("export.csv");
        Files.write(file, exported);
        var preview = imports.dryRun(file, "export.csv");
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.newSpeakerCount()).isEqualTo(1);
        assertThat(preview.newArticleCount()).isEqualTo(2);
        assertThat(preview.newClaimCount()).isEqualTo(3);
        assertThat(commit(file).committed()).isTrue();

        assertThat(snapshot(speaker.getName())).isEqualTo(before);
    }

    @Test
    void theAppearancesExportBringsBackEveryFurtherAppearance() throws Exception {
        var speaker = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON, TestData.unique("Kim Yo Jong"), null, null, null, List.of(), List.of()));
        var kcna = articles.record(new NewArticle(
                "https://kcnawatch.org/" + UUID.randomUUID(),
                "KCNA",
                "KCNA Watch",
                List.of(),
                null,
                "en",
                null,
                null,
                null));
        var tribun = articles.record(new NewArticle(
                "https://www.tribunnews.com/" + UUID.randomUUID(),
                "Tribun",
                "Tribunnews",
                List.of(),
                null,
                "id",
                null,
                null,
                null));
        long claimId = claim(
                speaker.getId(),
                "Seoul will pay a price.",
                "en",
                "Seoul akan membayar harganya.",
                "2022-08-19",
                DatePrecision.DAY,
                kcna.getId(),
                "pay a price");
        claims.addAppearance(
                claimId,
                new NewAppearance(
                        tribun.getId(),
                        "membayar harga",
                        "Seoul akan ",
                        ".",
                        QuoteKind.PARAPHRASE,
                        List.of(new Attribution("Yonhap", null), new Attribution("KCNA", null))));
        var before = snapshot(speaker.getName());
        var chainBefore = chain(speaker.getName());
        assertThat(before).hasSize(2);

        var editor = SecurityMockMvcRequestPostProcessors.user("editor").roles("EDITOR");
        var claimsFile = directory.resolve("claims.csv");
        Files.write(
                claimsFile,
                mvc.get()
                        .uri("/desk/export/claims.csv?speaker=" + speaker.getSlug())
                        .with(editor)
                        .exchange()
                        .getResponse()
                        .getContentAsByteArray());
        var appearancesFile = directory.resolve("appearances.csv");
        Files.write(
                appearancesFile,
                mvc.get()
                        .uri("/desk/export/appearances.csv?speaker=" + speaker.getSlug())
                        .with(editor)
                        .exchange()
                        .getResponse()
                        .getContentAsByteArray());

        jdbc.sql("delete from claim where id = ?").param(claimId).update();
        jdbc.sql("delete from article where id in (?, ?)")
                .params(kcna.getId(), tribun.getId())
                .update();
        jdbc.sql("delete from speaker where id = ?").param(speaker.getId()).update();

        assertThat(commit(claimsFile).claims()).isEqualTo(1);
        var preview = imports.dryRun(appearancesFile, "appearances.csv");
        assertThat(preview.alreadyPresent()).isEqualTo(1);
        assertThat(preview.appearancesOnExistingClaims()).isEqualTo(1);
        assertThat(commit(appearancesFile).appearances()).isEqualTo(1);

        assertThat(snapshot(speaker.getName())).isEqualTo(before);
        assertThat(chain(speaker.getName())).isEqualTo(chainBefore);
    }

    private List<Map<String, Object>> chain(String speakerName) {
        return jdbc.sql("""
                        select ap.quote, ap.quote_prefix, ap.quote_suffix, x.position, x.name
                        from appearance ap join claim c on c.id = ap.claim_id join speaker s on s.id = c.speaker_id
                        left join appearance_attribution x on x.appearance_id = ap.id
                        where s.name = ? order by ap.quote, x.position""").param(speakerName).query().listOfRows();
    }

    private long claim(
            long speakerId,
            String text,
            String language,
            String translation,
            String saidOn,
            DatePrecision precision,
            long articleId,
            String quote) {
        var claim = claims.create(new NewClaim(
                speakerId,
                text,
                language,
                translation,
                translation == null ? null : "en",
                null,
                saidOn == null ? null : LocalDate.parse(saidOn),
                precision,
                null,
                List.of(),
                null));
        claims.addAppearance(
                claim.getId(), new NewAppearance(articleId, quote, null, null, QuoteKind.DIRECT, List.of()));
        return claim.getId();
    }

    /** Everything an export-import round trip must keep, without database ids. */
    private List<Map<String, Object>> snapshot(String speakerName) {
        return jdbc.sql("""
                        select s.name as speaker, c.text, c.language, c.translation, c.translation_language, c.summary,
                               c.said_on, c.date_precision, c.status, a.url, a.normalized_url, a.title, a.outlet,
                               a.language as article_language, a.published_at, ap.quote, ap.quote_kind
                        from claim c join speaker s on s.id = c.speaker_id
                        join appearance ap on ap.claim_id = c.id join article a on a.id = ap.article_id
                        where s.name = ? order by c.text""").param(speakerName).query().listOfRows();
    }

    private Outcome commit(Path file) {
        return imports.commit(file, importer(), total -> {}, done -> {});
    }

    private long countOf(String speaker) {
        return jdbc.sql("select count(*) from claim c join speaker s on s.id = c.speaker_id where s.name = ?")
                .param(speaker)
                .query(Long.class)
                .single();
    }

    private Path csv(String header, String... rows) {
        return write(header + "\r\n" + String.join("\r\n", rows) + "\r\n");
    }

    private Path write(String text) {
        try {
            var file = Files.createTempFile(directory, "import", ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String row(String... cells) {
        var quoted = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                quoted.append(',');
            }
            quoted.append('"').append(cells[i].replace("\"", "\"\"")).append('"');
        }
        return quoted.toString();
    }

    /** Whoever imports: the author of the updates an import proposes. */
    private long importer() {
        return new TestData(context).user(Role.REPORTER).getId();
    }
}

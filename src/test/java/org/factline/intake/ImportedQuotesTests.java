package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.intake.CsvImportTests.row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A direct quote imported against an article whose stored text does not hold it is recorded and flagged
 * for the desk, not refused: a bulk import cannot carry an editor's confirmation row by row.
 */
@IntegrationTest
class ImportedQuotesTests {

    @Autowired
    Imports imports;

    @Autowired
    ArticleManagement articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @TempDir
    Path directory;

    @Test
    void aDirectQuoteTheStoredTextDoesNotHoldIsImportedFlagged() throws IOException {
        var article = articles.record(new NewArticle(
                "https://www.antaranews.com/" + UUID.randomUUID(),
                "Harga beras",
                "Antara",
                List.of(),
                null,
                "id",
                Instant.parse("2024-03-04T05:00:00Z"),
                null,
                "Menteri mengatakan \u201charga beras medium naik 3 persen\u201d pada Maret."));
        var speaker = TestData.unique("Menteri Perdagangan");
        var file = Files.createTempFile(directory, "import", ".csv");
        Files.writeString(
                file,
                String.join(
                        "\r\n",
                        "claim_text,speaker,said_on,article_url,quote,quote_kind",
                        row(
                                "Harga beras naik.",
                                speaker,
                                "2024-03-04",
                                article.getUrl(),
                                "harga beras premium naik",
                                "direct"),
                        row(
                                "Harga beras naik.",
                                speaker,
                                "2024-03-04",
                                article.getUrl(),
                                "\"harga beras medium naik",
                                "direct"),
                        row("Harga beras turun.", speaker, "2024-03-04", article.getUrl(), "harga turun", "paraphrase"),
                        ""),
                StandardCharsets.UTF_8);

        var outcome = imports.commit(file, importer(), total -> {}, done -> {});

        assertThat(outcome.appearances()).isEqualTo(3);
        assertThat(jdbc.sql("select quote || ' ' || coalesce(quote_mismatch, '-') from appearance"
                                + " where article_id = ? order by quote")
                        .param(article.getId())
                        .query(String.class)
                        .list())
                .containsExactly("\"harga beras medium naik -", "harga beras premium naik IMPORTED", "harga turun -");
    }

    /** Whoever imports: the author of the updates an import proposes. */
    private long importer() {
        return new TestData(context).user(Role.REPORTER).getId();
    }
}

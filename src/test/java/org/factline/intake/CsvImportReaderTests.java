package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.factline.claim.Attribution;
import org.junit.jupiter.api.Test;

/** Every problem the dry run reports, with its line and column, and the rows it reads when all is well. */
class CsvImportReaderTests {

    static final String HEADER = "claim_text,speaker,said_on,article_url,quote";

    private final CsvImportReader reader =
            new CsvImportReader(100, Set.of("misleading", "half true", "setengah benar"));

    @Test
    void readsTheRequiredColumnsAndTheOptionalOnes() {
        var result = read("claim_text,speaker,said_on,article_url,quote,language,translation,summary,topics,quote_kind,"
                + "attribution,article_published_at,rating,id\r\n"
                + "\"Ada banyak peluang, katanya\",Alexander Matsegora,2022-07,"
                + "https://wow.tribunnews.com/x?utm_source=fb,\"peluang\",id,\"Many \"\"chances\"\"\","
                + "Sanctions loophole,North Korea; Donbas ,paraphrase,Izvestia → TribunWow,2022-08-17,"
                + "Setengah benar,99\r\n");
        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.claimText()).isEqualTo("Ada banyak peluang, katanya");
            assertThat(row.saidOn()).isEqualTo(LocalDate.of(2022, 7, 1));
            assertThat(row.datePrecision()).isEqualTo("MONTH");
            assertThat(row.normalizedUrl()).isEqualTo("https://wow.tribunnews.com/x");
            assertThat(row.translation()).isEqualTo("Many \"chances\"");
            assertThat(row.translationLanguage()).isEqualTo("en");
            assertThat(row.topics()).containsExactly("North Korea", "Donbas");
            assertThat(row.quoteKind()).isEqualTo("PARAPHRASE");
            assertThat(row.attribution()).extracting(Attribution::getName).containsExactly("TribunWow", "Izvestia");
            assertThat(row.articlePublishedAt()).isEqualTo(Instant.parse("2022-08-17T00:00:00Z"));
        });
    }

    @Test
    void aMissingLanguageIsUndeterminedAndTheDatePrecisionFollowsTheDate() {
        var rows = read(HEADER + "\nA,B,2022,https://a.example/1,q\nC,B,2022-08-15,https://a.example/2,q\n")
                .rows();
        assertThat(rows.get(0).language()).isEqualTo("und");
        assertThat(rows.get(0).datePrecision()).isEqualTo("YEAR");
        assertThat(rows.get(1).datePrecision()).isEqualTo("DAY");
    }

    @Test
    void undoesTheExportsFormulaApostrophe() {
        var row = read(HEADER + ",translation\n'=1+1 is two,B,2022,https://a.example/1,'-5%,'\tx\n")
                .rows()
                .get(0);
        assertThat(row.claimText()).isEqualTo("=1+1 is two");
        assertThat(row.quote()).isEqualTo("-5%");
        assertThat(row.translation()).isEqualTo("\tx");
    }

    @Test
    void aMissingRequiredValue() {
        assertProblem(HEADER + "\nText,,2022-08-17,https://a.example/1,q\n", 2, "speaker", "required");
        assertProblem(HEADER + "\nText,B,2022-08-17,https://a.example/1,  \n", 2, "quote", "required");
        assertProblem(HEADER + "\nText,B,,https://a.example/1,q\n", 2, "said_on", "required");
    }

    @Test
    void anUnknownDateIsAllowedWhenThePrecisionSaysSo() {
        var result = read(HEADER + ",date_precision\nText,B,,https://a.example/1,q,unknown\n");
        assertThat(result.ok()).isTrue();
        assertThat(result.rows().get(0).saidOn()).isNull();
        assertThat(result.rows().get(0).datePrecision()).isEqualTo("UNKNOWN");
    }

    @Test
    void anUnparseableDate() {
        assertProblem(HEADER + "\nText,B,17/08/2022,https://a.example/1,q\n", 2, "said_on", "date");
        assertProblem(HEADER + "\nText,B,2022-02-30,https://a.example/1,q\n", 2, "said_on", "date");
        assertProblem(
                HEADER + ",article_published_at\nText,B,2022,https://a.example/1,q,yesterday\n",
                2,
                "article_published_at",
                "date");
        assertProblem(
                HEADER + ",date_precision\nText,B,2022,https://a.example/1,q,week\n", 2, "date_precision", "precision");
    }

    @Test
    void anUnknownRating() {
        assertProblem(HEADER + ",rating\nText,B,2022,https://a.example/1,q,Pants on fire\n", 2, "rating", "rating");
        assertThat(read(HEADER + ",rating\nText,B,2022,https://a.example/1,q,MISLEADING\n")
                        .ok())
                .isTrue();
    }

    @Test
    void aUrlThatIsNotAUrl() {
        assertProblem(HEADER + "\nText,B,2022,www.tribunnews.com/x,q\n", 2, "article_url", "url");
        assertProblem(HEADER + "\nText,B,2022,ftp://files.example/x,q\n", 2, "article_url", "url");
    }

    @Test
    void textTooLong() {
        var problem = single(read(HEADER + ",summary\nText,B,2022,https://a.example/1,q," + "x".repeat(76) + "\n"));
        assertThat(problem).isEqualTo(Problem.of(2, "summary", "tooLong", 76, 75));
        assertProblem(HEADER + "\n" + "y".repeat(5001) + ",B,2022,https://a.example/1,q\n", 2, "claim_text", "tooLong");
        assertProblem(HEADER + "\nText," + "Б".repeat(201) + ",2022,https://a.example/1,q\n", 2, "speaker", "tooLong");
    }

    @Test
    void notUtf8() {
        var latin1 = (HEADER + "\nPernyataan,Jos\u00e9,2022,https://a.example/1,q\n")
                .getBytes(Charset.forName("ISO-8859-1"));
        var problem = single(read(latin1));
        assertThat(problem.code()).isEqualTo("encoding");
        var utf16 = (HEADER + "\n").getBytes(StandardCharsets.UTF_16LE);
        var withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(single(read(withBom)).code()).isEqualTo("encoding");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        var bytes =
                ("\uFEFF" + HEADER + "\nText,Мацегора,2022,https://a.example/1,q\n").getBytes(StandardCharsets.UTF_8);
        var result = read(bytes);
        assertThat(result.ok()).isTrue();
        assertThat(result.rows().get(0).speaker()).isEqualTo("Мацегора");
    }

    @Test
    void theWrongDelimiter() {
        var semicolons = single(read(HEADER.replace(',', ';') + "\nText;B;2022;https://a.example/1;q\n"));
        assertThat(semicolons).isEqualTo(Problem.of(1, null, "delimiter", ";"));
        var tabs = single(read(HEADER.replace(',', '\t') + "\nText\tB\t2022\thttps://a.example/1\tq\n"));
        assertThat(tabs).isEqualTo(Problem.of(1, null, "delimiter", "TAB"));
    }

    @Test
    void duplicateRowsInTheFile() {
        var result = read(HEADER + "\nText,B,2022,https://a.example/1,q\nOther,b,2021,https://A.example/1/,q\n");
        assertThat(single(result)).isEqualTo(Problem.of(3, "quote", "duplicate", 2L));
    }

    @Test
    void aMissingColumnAndAWrongNumberOfCells() {
        assertThat(single(read("claim_text,speaker,said_on,quote\nA,B,2022,q\n")))
                .isEqualTo(Problem.of(1, "article_url", "missingColumn"));
        assertThat(single(read(HEADER + "\nA,B,2022,https://a.example/1\n")))
                .isEqualTo(Problem.of(2, null, "cells", 4, 5));
    }

    @Test
    void emptyFilesAndFilesWithoutRows() {
        assertThat(single(read("")).code()).isEqualTo("empty");
        assertThat(single(read(HEADER + "\r\n")).code()).isEqualTo("noRows");
    }

    @Test
    void tooManyRowsStopsReading() {
        var text = new StringBuilder(HEADER + "\n");
        for (int i = 0; i < 150; i++) {
            text.append("Text,B,2022,https://a.example/").append(i).append(",q\n");
        }
        var result = read(text.toString());
        assertThat(result.problems()).containsExactly(Problem.of(102, null, "tooManyRows", 100));
        assertThat(result.fatal()).isTrue();
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void lineNumbersCountTheLinesInsideQuotedCells() {
        var result = read(
                HEADER + "\n\"Line one\nline two\",B,2022,https://a.example/1,q\nText,B,20222,https://a.example/2,q\n");
        assertThat(single(result)).isEqualTo(Problem.of(4, "said_on", "date", "20222"));
    }

    @Test
    void everyProblemIsReportedAndOnlyTheGoodRowsAreKept() {
        var result = read(
                HEADER + "\n,B,2022,https://a.example/1,q\nText,B,bad,nope,q\nFine,B,2022,https://a.example/3,q\n");
        assertThat(result.problems())
                .extracting(Problem::line, Problem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "claim_text"),
                        org.assertj.core.groups.Tuple.tuple(3L, "article_url"),
                        org.assertj.core.groups.Tuple.tuple(3L, "said_on"));
        assertThat(result.ok()).isFalse();
        assertThat(result.fatal()).as("the file itself could be read").isFalse();
        assertThat(result.rejectedRows()).isEqualTo(2);
        assertThat(result.rows()).extracting(ImportRow::line).containsExactly(4L);
    }

    @Test
    void aControlCharacterInACellIsAProblemOfItsRowAndColumn() {
        var problem = single(read(HEADER + ",summary\nText,B,2022,https://a.example/1,q,a\u0000b\n"));
        assertThat(problem).isEqualTo(Problem.of(2, "summary", "controlCharacter", "U+0000", 2));
        assertProblem(HEADER + "\nText,B\u000b,2022,https://a.example/1,q\n", 2, "speaker", "controlCharacter");
        // a line break is text in a quote, and refused in a speaker's name
        assertThat(read(HEADER + "\nText,B,2022,https://a.example/1,\"two\nlines\"\n")
                        .problems())
                .isEmpty();
        assertProblem(HEADER + "\nText,\"B\nC\",2022,https://a.example/1,q\n", 2, "speaker", "controlCharacter");
    }

    private void assertProblem(String csv, long line, String column, String code) {
        var problem = single(read(csv));
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.code()).isEqualTo(code);
    }

    /** The one problem, its row (or the whole file) left out. */
    private static Problem single(CsvImportReader.Result result) {
        assertThat(result.problems()).hasSize(1);
        var problem = result.problems().get(0);
        assertThat(result.rows()).extracting(ImportRow::line).doesNotContain(problem.line());
        assertThat(result.fatal() || result.rejectedRows() == 1).isTrue();
        return problem;
    }

    private CsvImportReader.Result read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private CsvImportReader.Result read(byte[] bytes) {
        try {
            return reader.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

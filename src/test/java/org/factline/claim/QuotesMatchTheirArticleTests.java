package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.article.Article;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.shared.WorkflowException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A direct quote is the article's own words: one its stored text does not hold is refused or flagged. */
@IntegrationTest
class QuotesMatchTheirArticleTests {

    static final String BODY =
            "Menteri Perdagangan mengatakan, \u201cHarga beras medium naik 3 persen\u201d pada Maret,"
                    + " kata dia di Jakarta,\nSenin (4/3). Pemerintah akan menambah pasokan beras \u2014 sebanyak 200 ribu ton.";

    static final String NOT_IN_THE_TEXT = "Harga beras premium naik 3 persen";

    @Autowired
    ClaimManagement claims;

    @Autowired
    ArticleManagement articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aDirectQuoteTheStoredTextDoesNotHoldIsRefusedOnTheQuoteAndNothingIsWritten() {
        var claim = claim();
        var article = article(BODY);

        assertThatThrownBy(() -> claims.addAppearance(claim.getId(), direct(article, NOT_IN_THE_TEXT)))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(
                                        new WorkflowException.FieldError("quote", "claim.error.quoteNotInArticle")));
        assertThat(appearancesIn(article)).isZero();
    }

    @Test
    void theConfirmationNeedsANote() {
        var claim = claim();
        var article = article(BODY);

        assertThatThrownBy(() -> claims.addAppearance(claim.getId(), confirmed(article, NOT_IN_THE_TEXT, "  \n ")))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(
                                        new WorkflowException.FieldError("quote", "claim.error.quoteNotInArticle"),
                                        new WorkflowException.FieldError(
                                                "storedTextNote", "claim.error.storedTextNoteRequired")));
        assertThat(appearancesIn(article)).isZero();
    }

    @Test
    void confirmedWithANoteItIsRecordedFlaggedAndListed() {
        var claim = claim();
        var article = article(BODY);

        var appearance = claims.addAppearance(
                claim.getId(), confirmed(article, NOT_IN_THE_TEXT, " Kompas corrected the article on 5 March. "));

        assertThat(appearance.getQuoteMismatch()).isEqualTo(QuoteMismatch.CONFIRMED);
        assertThat(appearance.getQuoteMismatchNote()).isEqualTo("Kompas corrected the article on 5 March.");
        assertThat(jdbc.sql("select quote_mismatch from appearance where id = ?")
                        .param(appearance.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");
        assertThat(claims.quoteMismatches(1000)).extracting(Appearance::getId).contains(appearance.getId());
    }

    @Test
    void aQuoteTypedWithOtherMarksDashesAndSpacesIsTheArticlesOwnWords() {
        var claim = claim();
        var article = article(BODY);

        var appearance = claims.addAppearance(
                claim.getId(),
                direct(article, "\"Harga beras medium naik 3 persen\" pada Maret, kata dia di Jakarta, Senin"));
        var dashed =
                claims.addAppearance(claim.getId(), direct(article, "menambah  pasokan beras - sebanyak 200 ribu ton"));

        assertThat(appearance.getQuoteMismatch()).isNull();
        assertThat(appearance.getQuotePrefix()).isEqualTo("Menteri Perdagangan mengatakan, ");
        assertThat(dashed.getQuoteMismatch()).isNull();
        assertThat(dashed.getQuoteSuffix()).isEqualTo(".");
    }

    @Test
    void paraphrasesAndArticlesWithoutStoredTextAreNotChecked() {
        var claim = claim();
        var paraphrase = claims.addAppearance(
                claim.getId(),
                new NewAppearance(article(BODY).getId(), NOT_IN_THE_TEXT, null, null, QuoteKind.PARAPHRASE, List.of()));
        var withoutText = claims.addAppearance(claim.getId(), direct(article(null), NOT_IN_THE_TEXT));

        assertThat(paraphrase.getQuoteMismatch()).isNull();
        assertThat(withoutText.getQuoteMismatch()).isNull();
    }

    @Test
    void whenAnArticlesStoredTextChangesTheQuotesItNoLongerHoldsAreFlagged() {
        var claim = claim();
        var article = article(BODY);
        var kept = claims.addAppearance(claim.getId(), direct(article, "sebanyak 200 ribu ton"));
        var quoteGone = claims.addAppearance(claim.getId(), direct(article, "Harga beras medium naik 3 persen"));
        var contextGone = claims.addAppearance(claim.getId(), direct(article, "kata dia di Jakarta"));
        var paraphrase = claims.addAppearance(
                claim.getId(),
                new NewAppearance(article.getId(), "harga naik", null, null, QuoteKind.PARAPHRASE, List.of()));
        var confirmed = claims.addAppearance(claim.getId(), confirmed(article, NOT_IN_THE_TEXT, "Print edition."));

        articles.replaceText(article.getId(), BODY.replace("naik 3 persen", "naik 2 persen"));

        assertThat(mismatchOf(kept)).isNull();
        assertThat(mismatchOf(quoteGone)).isEqualTo("ARTICLE_CHANGED");
        assertThat(mismatchOf(contextGone)).as("the text before it changed").isEqualTo("ARTICLE_CHANGED");
        assertThat(mismatchOf(paraphrase)).isNull();
        assertThat(mismatchOf(confirmed)).isEqualTo("CONFIRMED");
        assertThat(claims.quoteMismatches(1000))
                .extracting(Appearance::getId)
                .contains(quoteGone.getId(), contextGone.getId())
                .doesNotContain(kept.getId(), paraphrase.getId());
    }

    @Test
    void recheckingAnArticleWhoseTextStillHoldsItsQuotesFlagsNothing() {
        var claim = claim();
        var article = article(BODY);
        var appearance = claims.addAppearance(claim.getId(), direct(article, "Harga beras medium naik 3 persen"));

        assertThat(claims.recheckQuotes(article.getId())).isZero();
        articles.replaceText(article.getId(), BODY);
        assertThat(mismatchOf(appearance)).isNull();

        jdbc.sql("update article set body = 'Teks lain.' where id = ?")
                .param(article.getId())
                .update();
        assertThat(claims.recheckQuotes(article.getId())).isEqualTo(1);
        assertThat(claims.recheckQuotes(article.getId())).as("flagged once").isZero();
        assertThat(mismatchOf(appearance)).isEqualTo("ARTICLE_CHANGED");
    }

    private String mismatchOf(Appearance appearance) {
        return jdbc.sql("select quote_mismatch from appearance where id = ?")
                .param(appearance.getId())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long appearancesIn(Article article) {
        return jdbc.sql("select count(*) from appearance where article_id = ?")
                .param(article.getId())
                .query(Long.class)
                .single();
    }

    private static NewAppearance direct(Article article, String quote) {
        return new NewAppearance(article.getId(), quote, null, null, QuoteKind.DIRECT, List.of());
    }

    private static NewAppearance confirmed(Article article, String quote, String note) {
        return new NewAppearance(article.getId(), quote, null, null, QuoteKind.DIRECT, List.of(), true, note);
    }

    private Claim claim() {
        var speaker = new TestData(context).matsegora();
        return claims.create(new NewClaim(
                speaker.getId(),
                "Harga beras naik.",
                "id",
                null,
                null,
                null,
                LocalDate.of(2024, 3, 4),
                DatePrecision.DAY,
                null,
                List.of(),
                null,
                null));
    }

    private Article article(String body) {
        return articles.record(new NewArticle(
                "https://www.kompas.com/" + UUID.randomUUID(),
                "Harga beras naik",
                "Kompas",
                List.of(),
                null,
                "id",
                Instant.parse("2024-03-04T05:00:00Z"),
                Instant.parse("2024-03-04T06:00:00Z"),
                body,
                null));
    }
}

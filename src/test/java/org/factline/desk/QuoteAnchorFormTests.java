package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The quote's anchors that the claim form posts with it (filled where the words were selected in the
 * article's text) are kept when the text holds them around the quote, and replaced by the server's own when
 * the quote was changed since (or they were never in the text), so no appearance is anchored wrongly.
 */
@IntegrationTest
class QuoteAnchorFormTests {

    private static final String SAID = "tenaga kerja Korea Utara dapat dikirim";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    private String[] record(DeskTestSupport desk, long articleId, String prefix, String suffix) {
        var result = desk.post(
                        desk.person(Role.REPORTER),
                        "/desk/articles/" + articleId + "/claims",
                        "quote",
                        SAID,
                        "quotePrefix",
                        prefix,
                        "quoteSuffix",
                        suffix,
                        "quoteKind",
                        "DIRECT",
                        "chain",
                        "KCNA",
                        "speakerName",
                        "Denis Pushilin",
                        "language",
                        "id",
                        "saidOn",
                        "2022-08",
                        "datePrecision",
                        "MONTH")
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        return desk.jdbc
                .sql("select quote_prefix, quote_suffix from appearance where article_id = ?")
                .param(articleId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    @Test
    void anchorsTheTextHoldsAroundTheQuoteAreKeptOthersAreTheServersOwn() {
        var desk = new DeskTestSupport(mvc, context);
        var second = "Ia berharap " + SAID + " ke Donbas tahun ini.";
        var selected = desk.data.tribunWow(second);
        assertThat(record(desk, selected.getId(), "Ia berharap ", " ke Donbas tahun ini."))
                .containsExactly("Ia berharap ", " ke Donbas tahun ini.");

        // anchors that are not around the quote in the text: the first place the text says it
        var stale = desk.data.tribunWow(second);
        assertThat(record(desk, stale.getId(), "something else ", " entirely"))
                .containsExactly("Alexander Matsegora, mengatakan ", " untuk membantu membangun kembali");
    }
}

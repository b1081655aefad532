package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A direct quote that is not in the article's stored text: the desk says so next to the quote, keeps
 * what was typed, and records it only with a confirmation and a note; then it is flagged on the claim
 * and listed on the desk.
 */
@IntegrationTest
class QuoteMismatchDeskTests {

    static final String NOT_IN_THE_TEXT = "Harga beras premium naik 3 persen";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser reporter;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
    }

    @Test
    void theClaimFormRefusesTheQuoteBesideTheFieldAndKeepsWhatWasTyped() {
        var article = desk.data.tribunWow();
        long appearances = desk.count("select count(*) from appearance");

        var result = postClaim(article.getId(), Map.of());

        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, "quote"))
                .isEqualTo("These words are not in the article's stored text. Copy them exactly as the article has"
                        + " them, choose \"Paraphrase\", or confirm below that the stored text differs.");
        var page = DeskTestSupport.html(result);
        assertThat(page.select("textarea#quote").text()).isEqualTo(NOT_IN_THE_TEXT);
        assertThat(page.select("input#summary").attr("value")).isEqualTo("Rice prices");
        assertThat(page.select("input[type=checkbox][name=storedTextDiffers]")).hasSize(1);
        assertThat(page.select("label:has(input[name=storedTextDiffers])").text())
                .isEqualTo("The article's stored text differs: record the quote anyway");
        assertThat(desk.count("select count(*) from appearance")).isEqualTo(appearances);

        var withoutNote = postClaim(article.getId(), Map.of("storedTextDiffers", "true", "storedTextNote", " "));
        assertThat(withoutNote).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(withoutNote, "storedTextNote"))
                .isEqualTo("Say in a note how the article's stored text differs from what it says.");
        assertThat(DeskTestSupport.html(withoutNote).select("input[name=storedTextDiffers][checked]"))
                .hasSize(1);
        assertThat(DeskTestSupport.html(withoutNote).select("textarea#quote").text())
                .isEqualTo(NOT_IN_THE_TEXT);
        assertThat(desk.count("select count(*) from appearance")).isEqualTo(appearances);
    }

    @Test
    void theRefusalIsInBahasaIndonesiaOnTheIndonesianDesk() {
        var article = desk.data.tribunWow();
        var params = claimForm(Map.of());
        var request = mvc.post()
                .uri("/desk/articles/" + article.getId() + "/claims")
                .with(user(reporter))
                .with(csrf())
                .header("Accept-Language", "id");
        for (var entry : params.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        var result = request.exchange();

        assertThat(DeskTestSupport.fieldError(result, "quote"))
                .startsWith("Kata-kata ini tidak ada dalam teks artikel yang tersimpan.");
    }

    @Test
    void confirmedWithANoteItSavesIsFlaggedOnTheClaimAndListedOnTheDesk() {
        var article = desk.data.tribunWow();
        var result = postClaim(
                article.getId(),
                Map.of(
                        "storedTextDiffers",
                        "true",
                        "storedTextNote",
                        "TribunWow edited the article after we stored it."));

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().matches("/desk/claims/\\d+");
        var claimPage = result.getResponse().getRedirectedUrl();
        assertThat(desk.jdbc
                        .sql("select quote_mismatch || ' ' || quote_mismatch_note from appearance a"
                                + " join claim c on c.id = a.claim_id where c.id = ?")
                        .param(Long.parseLong(claimPage.replaceAll("\\D", "")))
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED TribunWow edited the article after we stored it.");

        var warning = DeskTestSupport.html(desk.get(reporter, claimPage)).select(".appearance .quote-mismatch");
        assertThat(warning.text())
                .contains("This direct quote is not in the article's stored text.")
                .contains("An editor confirmed that the stored text differs from the article.")
                .contains("TribunWow edited the article after we stored it.");

        var listed = DeskTestSupport.html(desk.get(reporter, "/desk"))
                .select("section[aria-labelledby=mismatches-heading] li");
        assertThat(listed.select("a[href=" + claimPage + "#appearances-heading]")
                        .text())
                .isEqualTo(NOT_IN_THE_TEXT);
    }

    @Test
    void theAddAppearanceFormAsksTheSameAndSavesWithTheConfirmation() {
        var claim = desk.data.matsegoraLabourClaim();
        var article = desk.data.tribunWow();
        var form = new LinkedHashMap<String, String>();
        form.put("articleUrl", article.getUrl());
        form.put("quote", "Korea Utara akan mengirim 10.000 pekerja");
        form.put("quoteKind", "DIRECT");
        form.put("chain", "Izvestia");

        var refused =
                desk.postWith(reporter, "/desk/claims/" + claim.getId() + "/appearances", form, "chain", "Izvestia");
        assertThat(refused).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(refused, "quote"))
                .startsWith("These words are not in the article's stored text.");
        assertThat(DeskTestSupport.html(refused).select("textarea#quote").text())
                .isEqualTo("Korea Utara akan mengirim 10.000 pekerja");

        form.put("storedTextDiffers", "true");
        var saved = desk.postWith(
                reporter, "/desk/claims/" + claim.getId() + "/appearances", form, "storedTextNote", "Print edition.");
        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk/claims/" + claim.getId());
        assertThat(desk.count(
                        "select count(*) from appearance where claim_id = ? and quote_mismatch = 'CONFIRMED'",
                        claim.getId()))
                .isOne();

        form.put("quote", "dapat dikirim untuk membantu");
        form.remove("storedTextDiffers");
        var matching =
                desk.postWith(reporter, "/desk/claims/" + claim.getId() + "/appearances", form, "chain", "Izvestia");
        assertThat(matching).hasStatus(HttpStatus.FOUND);
    }

    private MvcTestResult postClaim(long articleId, Map<String, String> extra) {
        return desk.postWith(reporter, "/desk/articles/" + articleId + "/claims", claimForm(extra), "chain", "Antara");
    }

    private Map<String, String> claimForm(Map<String, String> extra) {
        var params = new LinkedHashMap<String, String>();
        params.put("quote", NOT_IN_THE_TEXT);
        params.put("quoteKind", "DIRECT");
        params.put("chain", "Antara");
        params.put("speakerName", desk.data.matsegora().getName());
        params.put("language", "id");
        params.put("summary", "Rice prices");
        params.put("saidOn", "2024-03-04");
        params.put("datePrecision", "DAY");
        params.putAll(extra);
        return params;
    }
}

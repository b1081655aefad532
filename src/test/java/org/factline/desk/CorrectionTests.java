package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A correction starts from the published verdict, its reviewer sees what it changes word by word, and
 * readers see on /corrections what changed.
 */
@IntegrationTest
class CorrectionTests {

    static final String RATIONALE = "Resolution 2397 (2017) sends workers home within 3 months.\n\n"
            + "See https://undocs.org/S/RES/2397(2017).";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser reporter;
    FactlineUser editor;
    Claim claim;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
        claim = desk.data.matsegoraLabourClaim();
        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/sources",
                        "title",
                        "UN Security Council resolution 2397 (2017)",
                        "kind",
                        "PRIMARY_DOCUMENT",
                        "stance",
                        "CONTRADICTS")
                .exchange();
        draft("false", "Sanctions forbid it.", RATIONALE, null);
        review(desk.count("select id from verdict where claim_id = ?", claim.getId()));
    }

    @Test
    void theCorrectionFormStartsFromThePublishedVerdict() {
        var form = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()))
                .selectFirst("form[action$='/verdicts']");

        assertThat(form.select("#ratingId option[selected]").attr("value"))
                .isEqualTo(String.valueOf(desk.rating("false")));
        assertThat(form.select("#summary").attr("value")).isEqualTo("Sanctions forbid it.");
        assertThat(form.select("#rationale").first().wholeText()).isEqualTo(RATIONALE);
        assertThat(form.select("#correctionReason").first().wholeText()).isEmpty();
        assertThat(form.select("#correctionReason").hasAttr("required")).isTrue();
    }

    @Test
    void theReviewerSeesTheChangedWordsAndReadersSeeWhatChanged() throws Exception {
        draft(
                "half-true",
                "Sanctions forbid it.",
                RATIONALE.replace("within 3 months", "within 24 months"),
                "The resolution gives 24 months, not 3.");
        long correction = desk.count("select id from verdict where claim_id = ? and status = 'DRAFT'", claim.getId());
        submit(correction);

        var reviewPage = desk.get(editor, "/desk/claims/" + claim.getId());
        assertThat(DeskHtmlValidityTests.errors("review", body(reviewPage))).isEmpty();
        var review = DeskTestSupport.html(reviewPage);
        var changes = review.selectFirst(".verdict-row.status-IN_REVIEW .changes");
        assertThat(changes.select(".rating-change del").text()).isEqualTo("False");
        assertThat(changes.select(".rating-change ins").text()).isEqualTo("Half true");
        assertThat(changes.select(".rationale-change del").eachText()).containsExactly("3");
        assertThat(changes.select(".rationale-change ins").eachText()).containsExactly("24");
        assertThat(changes.select(".rationale-change p")).hasSize(2);
        assertThat(changes.select(".rationale-change p").get(0).text())
                .contains("sends workers home within")
                .contains("months.");
        assertThat(changes.select("dd.unchanged").text()).isEqualTo("Unchanged");
        var indonesian = DeskTestSupport.html(mvc.get()
                .uri("/desk/claims/" + claim.getId())
                .with(user(editor))
                .header("Accept-Language", "id")
                .exchange());
        assertThat(indonesian.select(".changes dd.unchanged").text()).isEqualTo("Tidak berubah");
        assertThat(indonesian.select(".changes h3").text()).isEqualTo("Yang diubah koreksi ini");

        assertThat(desk.post(
                                editor,
                                "/desk/verdicts/" + correction + "/publish",
                                "version",
                                desk.verdictVersion(correction))
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        var entry = correctionEntry();
        assertThat(entry.select(".changed-parts").text()).isEqualTo("Changed: rating, reasoning");
        assertThat(entry.select(".rating-change del").text()).isEqualTo("False");
        assertThat(entry.select(".rating-change .rating-label").text()).isEqualTo("Half true");
        assertThat(entry.select(".conclusion-change")).isEmpty();
    }

    @Test
    void aCorrectionOfTheConclusionShowsItsWordsOnTheCorrectionsPage() throws Exception {
        draft("false", "Sanctions forbid sending them.", RATIONALE, "The conclusion named the wrong act.");
        long correction = desk.count("select id from verdict where claim_id = ? and status = 'DRAFT'", claim.getId());
        review(correction);

        var entry = correctionEntry();
        assertThat(entry.select(".changed-parts").text()).isEqualTo("Changed: conclusion");
        assertThat(entry.select(".rating-change").text()).contains("Rating unchanged");
        assertThat(entry.select(".conclusion-change del").text()).isEqualTo("it");
        assertThat(entry.select(".conclusion-change ins").text()).isEqualTo("sending them");
        assertThat(entry.select(".conclusion-change").text())
                .contains("Sanctions forbid")
                .endsWith(".");
    }

    /** This claim's newest entry on /corrections, a page that must stay valid HTML with its word diffs. */
    private Element correctionEntry() throws Exception {
        var path = desk.jdbc
                .sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        var corrections = mvc.get().uri("/corrections").exchange();
        assertThat(DeskHtmlValidityTests.errors("/corrections", body(corrections)))
                .isEmpty();
        Document page = DeskTestSupport.html(corrections);
        return page.select(".correction").stream()
                .filter(e -> e.select("h3 a").attr("href").equals(path))
                .findFirst()
                .orElseThrow();
    }

    private static String body(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void draft(String rating, String summary, String rationale, String reason) {
        var request = desk.post(
                reporter,
                "/desk/claims/" + claim.getId() + "/verdicts",
                "ratingId",
                String.valueOf(desk.rating(rating)),
                "summary",
                summary,
                "rationale",
                rationale);
        if (reason != null) {
            request = request.param("correctionReason", reason);
        }
        assertThat(request.exchange()).hasStatus(HttpStatus.FOUND);
    }

    private void submit(long verdictId) {
        assertThat(desk.post(
                                reporter,
                                "/desk/verdicts/" + verdictId + "/submit",
                                "version",
                                desk.verdictVersion(verdictId))
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
    }

    private void review(long verdictId) {
        submit(verdictId);
        assertThat(desk.post(
                                editor,
                                "/desk/verdicts/" + verdictId + "/publish",
                                "version",
                                desk.verdictVersion(verdictId))
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
    }
}

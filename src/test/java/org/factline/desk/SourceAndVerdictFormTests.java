package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.verdict.VerdictManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Sources and verdicts on the desk, through the whole review workflow. */
@IntegrationTest
class SourceAndVerdictFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    VerdictManagement verdicts;

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
    }

    @Test
    void attachesEditsReordersAndRemovesSources() {
        addSource("UN Security Council resolution 2397 (2017)", "https://undocs.org/S/RES/2397(2017)", "CONTRADICTS");
        addSource("Interview with Alexander Matsegora", "", "CONTEXT");
        assertThat(titles()).isEqualTo("UN Security Council resolution 2397 (2017)|Interview with Alexander Matsegora");

        long second = desk.count("select id from source where claim_id = ? and position = 1", claim.getId());
        assertThat(desk.post(
                                reporter,
                                "/desk/claims/" + claim.getId() + "/sources/" + second + "/move",
                                "direction",
                                "up")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(titles()).isEqualTo("Interview with Alexander Matsegora|UN Security Council resolution 2397 (2017)");

        long version = desk.count("select version from source where id = ?", second);
        assertThat(desk.post(
                                reporter,
                                "/desk/claims/" + claim.getId() + "/sources/" + second + "/edit",
                                "version",
                                String.valueOf(version),
                                "title",
                                "Izvestia interview",
                                "url",
                                "https://iz.ru/1",
                                "kind",
                                "NEWS_REPORT",
                                "stance",
                                "CONTEXT",
                                "publishedOn",
                                "2022-07-18")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(titles()).startsWith("Izvestia interview|");

        assertThat(desk.post(
                                reporter,
                                "/desk/claims/" + claim.getId() + "/sources/" + second + "/delete",
                                "confirm",
                                "yes")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(titles()).isEqualTo("UN Security Council resolution 2397 (2017)");
        assertThat(desk.count("select position from source where claim_id = ?", claim.getId()))
                .isZero();
    }

    @Test
    void removingASourceAsksFirstNamingIt() {
        addSource("UN Security Council resolution 2397 (2017)", "https://undocs.org/S/RES/2397(2017)", "CONTRADICTS");
        long sourceId = desk.count("select id from source where claim_id = ?", claim.getId());
        var confirmPage = "/desk/claims/" + claim.getId() + "/sources/" + sourceId + "/delete";

        var deskPage = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()));
        assertThat(deskPage.select(".sources-list a.danger").attr("href")).isEqualTo(confirmPage);

        var question = asksFirst(reporter, confirmPage);
        assertThat(titles()).isEqualTo("UN Security Council resolution 2397 (2017)");
        assertThat(question.select("h1").text()).isEqualTo("Remove this source?");
        assertThat(question.select(".subject").text()).isEqualTo("UN Security Council resolution 2397 (2017)");
        assertThat(question.select(".detail").text()).isEqualTo("https://undocs.org/S/RES/2397(2017)");

        assertThat(desk.post(reporter, confirmPage, "confirm", "yes").exchange())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("message", "desk.source.removed");
        assertThat(titles()).isEmpty();
    }

    @Test
    void unpublishingAsksFirstNamingTheClaimAndWhatReadersLose() {
        publishedVerdict();
        var confirmPage = "/desk/claims/" + claim.getId() + "/unpublish";

        var deskPage = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()));
        assertThat(deskPage.select("a.danger[href='" + confirmPage + "']")).hasSize(1);

        var question = asksFirst(editor, confirmPage);
        assertThat(claimStatus()).isEqualTo("PUBLISHED");
        assertThat(question.select("h1").text()).isEqualTo("Retract this fact-check?");
        assertThat(question.select(".subject").text()).isEqualTo(claim.getSummary());
        assertThat(question.select(".consequence").text()).startsWith("Readers will no longer see this fact-check");

        assertThat(desk.post(editor, confirmPage, "confirm", "yes", "reason", "Retracted in a test.")
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("message", "desk.claim.unpublished");
        assertThat(claimStatus()).isEqualTo("ARCHIVED");
    }

    @Test
    void whileTheVerdictIsInReviewItsSourcesHoldStill() {
        addSource("UN Security Council resolution 2397 (2017)", "https://undocs.org/S/RES/2397(2017)", "CONTRADICTS");
        addSource("Interview with Alexander Matsegora", "", "CONTEXT");
        draftVerdict(reporter, "false");
        long verdictId = desk.count("select id from verdict where claim_id = ?", claim.getId());
        submit(reporter, verdictId);

        var inReview = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()));
        assertThat(inReview.select("#sources .sources-list li")).hasSize(2);
        assertThat(inReview.select("#sources .actions, #sources form")).isEmpty();
        assertThat(inReview.select("#sources .frozen-note").text())
                .isEqualTo("Sources are frozen while the verdict is in review; send it back to change them.");

        var refused = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/sources",
                        "title",
                        "Late addition",
                        "kind",
                        "OTHER",
                        "stance",
                        "CONTEXT")
                .exchange();
        assertThat(DeskTestSupport.html(refused).select("#flash .error").text())
                .isEqualTo("Sources are frozen while the verdict is in review; send it back to change them.");
        long first = desk.count("select id from source where claim_id = ? and position = 0", claim.getId());
        assertThat(desk.post(
                                reporter,
                                "/desk/claims/" + claim.getId() + "/sources/" + first + "/delete",
                                "confirm",
                                "yes")
                        .exchange())
                .flash()
                .containsEntry("error", "source.error.frozen");
        assertThat(titles()).isEqualTo("UN Security Council resolution 2397 (2017)|Interview with Alexander Matsegora");

        desk.post(
                        editor,
                        "/desk/verdicts/" + verdictId + "/send-back",
                        "version",
                        version(verdictId),
                        "comment",
                        "Add the council's minutes.")
                .exchange();
        var sentBack = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()));
        assertThat(sentBack.select("#sources .frozen-note")).isEmpty();
        assertThat(sentBack.select("#source-form")).hasSize(1);
        assertThat(sentBack.select("#sources .sources-list a.danger")).hasSize(2);
    }

    @Test
    void onlyAnEditorWhoDidNotWriteTheVerdictIsOfferedToReviewIt() {
        addSource("Source", "https://example.org/s", "SUPPORTS");
        draftVerdict(editor, "true");
        long verdictId = desk.count("select id from verdict where claim_id = ?", claim.getId());
        submit(editor, verdictId);
        var page = "/desk/claims/" + claim.getId();

        var asAuthor = DeskTestSupport.html(desk.get(editor, page));
        assertThat(asAuthor.select("form[action$='/publish'], form[action$='/send-back']"))
                .isEmpty();
        assertThat(asAuthor.select(".review-note").text())
                .isEqualTo("You wrote or edited this verdict: another editor must review it.");

        var asReporter = DeskTestSupport.html(desk.get(reporter, page));
        assertThat(asReporter.select("form[action$='/publish'], form[action$='/send-back']"))
                .isEmpty();
        assertThat(asReporter.select(".review-note").text())
                .isEqualTo("This verdict is waiting for an editor's review.");

        var asAnotherEditor = DeskTestSupport.html(desk.get(desk.person(Role.REPORTER, Role.EDITOR), page));
        assertThat(asAnotherEditor.select("form[action$='/publish']")).hasSize(1);
        assertThat(asAnotherEditor.select("form[action$='/send-back']")).hasSize(1);
        assertThat(asAnotherEditor.select(".review-note")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "title      | ''                  | Please fill this in.",
                "url        | javascript:alert(1) | This is not a web address (http:// or https://).",
                "archiveUrl | archive.org/x       | This is not a web address (http:// or https://).",
                "kind       | RUMOUR              | This value is not valid.",
                "publishedOn| 2999-01-01          | This date is in the future."
            })
    void refusesABadSourceAndWritesNothing(String field, String value, String message) {
        var valid = new java.util.LinkedHashMap<String, String>();
        valid.put("title", "A source");
        valid.put("url", "https://example.org/source");
        valid.put("kind", "NEWS_REPORT");
        valid.put("stance", "SUPPORTS");
        var result = desk.postWith(reporter, "/desk/claims/" + claim.getId() + "/sources", valid, field, value);

        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, field)).isEqualTo(message);
        assertThat(desk.count("select count(*) from source where claim_id = ?", claim.getId()))
                .isZero();
    }

    @Test
    void aVerdictNeedsASourceBeforeReviewAndAnotherEditorToPublish() {
        draftVerdict(reporter, "misleading");
        long verdictId = desk.count("select id from verdict where claim_id = ?", claim.getId());

        assertThat(submit(reporter, verdictId)).flash().containsEntry("error", "verdict.error.noSources");
        assertThat(status(verdictId)).isEqualTo("DRAFT");

        addSource("UN Security Council resolution 2397 (2017)", "https://undocs.org/S/RES/2397(2017)", "CONTRADICTS");
        submit(reporter, verdictId);
        assertThat(status(verdictId)).isEqualTo("IN_REVIEW");

        // a reporter may not publish at all
        assertThat(publish(reporter, verdictId)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(status(verdictId)).isEqualTo("IN_REVIEW");

        var published = publish(editor, verdictId);
        assertThat(published).hasStatus(HttpStatus.FOUND).flash().containsEntry("message", "desk.verdict.published");
        assertThat(status(verdictId)).isEqualTo("PUBLISHED");
        assertThat(desk.jdbc
                        .sql("select status from claim where id = ?")
                        .param(claim.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("PUBLISHED");

        // the rationale reads as paragraphs with its link, on the public page as on the desk
        var publicPage = DeskTestSupport.html(mvc.get().uri(claimPath()).exchange());
        assertThat(publicPage.select(".rationale p")).hasSize(2);
        assertThat(publicPage.select(".rationale a").attr("href")).isEqualTo("https://undocs.org/S/RES/2397(2017)");
        var deskPage = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()));
        assertThat(deskPage.select(".verdict-row .rationale a").attr("href"))
                .isEqualTo("https://undocs.org/S/RES/2397(2017)");
    }

    @Test
    void anEditorCannotPublishTheirOwnVerdict() {
        addSource("Source", "https://example.org/s", "SUPPORTS");
        draftVerdict(editor, "true");
        long verdictId = desk.count("select id from verdict where claim_id = ?", claim.getId());
        submit(editor, verdictId);

        assertThat(publish(editor, verdictId))
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("error", "verdict.error.ownVerdict");
        assertThat(status(verdictId)).isEqualTo("IN_REVIEW");
    }

    @Test
    void sendingBackNeedsACommentWhichTheAuthorThenSees() {
        addSource("Source", "https://example.org/s", "SUPPORTS");
        draftVerdict(reporter, "true");
        long verdictId = desk.count("select id from verdict where claim_id = ?", claim.getId());
        submit(reporter, verdictId);

        var noComment = desk.post(
                        editor,
                        "/desk/verdicts/" + verdictId + "/send-back",
                        "version",
                        version(verdictId),
                        "comment",
                        " ")
                .exchange();
        assertThat(noComment).flash().containsEntry("error", "verdict.error.commentRequired");
        assertThat(status(verdictId)).isEqualTo("IN_REVIEW");

        desk.post(
                        editor,
                        "/desk/verdicts/" + verdictId + "/send-back",
                        "version",
                        version(verdictId),
                        "comment",
                        "Cite resolution 2397.")
                .exchange();
        assertThat(status(verdictId)).isEqualTo("DRAFT");
        var page = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()));
        assertThat(page.select(".verdict-row").text()).contains("Cite resolution 2397.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ratingId  | ''     | Please choose one.",
                "ratingId  | -1     | Choose a rating from this claim's scale.",
                "summary   | ''     | Write the conclusion in English or in Bahasa Indonesia.",
                "rationale | ''     | Write why in English or in Bahasa Indonesia."
            })
    void refusesABadVerdictAndWritesNothing(String field, String value, String message) {
        var valid = new java.util.LinkedHashMap<String, String>();
        valid.put("ratingId", String.valueOf(rating("false")));
        valid.put("summary", "Summary.");
        valid.put("rationale", "Rationale.");
        var result = desk.postWith(reporter, "/desk/claims/" + claim.getId() + "/verdicts", valid, field, value);

        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, field)).isEqualTo(message);
        assertThat(desk.count("select count(*) from verdict where claim_id = ?", claim.getId()))
                .isZero();
    }

    @Test
    void aCorrectionNeedsAPublicReasonAndKeepsTheOldVerdictVisible() {
        long first = publishedVerdict();

        var noReason = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/verdicts",
                        "ratingId",
                        String.valueOf(rating("half-true")),
                        "summary",
                        "Partly.",
                        "rationale",
                        "New evidence.",
                        "correctionReason",
                        "")
                .exchange();
        assertThat(DeskTestSupport.fieldError(noReason, "correctionReason"))
                .isEqualTo("A correction needs a public reason.");
        assertThat(desk.count("select count(*) from verdict where claim_id = ?", claim.getId()))
                .isEqualTo(1);

        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/verdicts",
                        "ratingId",
                        String.valueOf(rating("half-true")),
                        "summary",
                        "Partly.",
                        "rationale",
                        "New evidence.",
                        "correctionReason",
                        "A second source confirmed part of it.")
                .exchange();
        long correction =
                desk.count("select id from verdict where claim_id = ? and supersedes_id = ?", claim.getId(), first);
        submit(reporter, correction);
        publish(editor, correction);

        assertThat(status(first)).isEqualTo("SUPERSEDED");
        assertThat(status(correction)).isEqualTo("PUBLISHED");
        var publicPage = DeskTestSupport.html(mvc.get().uri(claimPath()).exchange());
        assertThat(publicPage.select(".verdict-card .rating-label").text()).isEqualTo("Half true");
        assertThat(publicPage.select(".superseded del").text()).contains("False");
        assertThat(publicPage.text()).contains("A second source confirmed part of it.");
    }

    private String claimPath() {
        return desk.jdbc
                .sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    /** A source, a verdict rated false by the reporter, published by the editor: its id. */
    private long publishedVerdict() {
        addSource("Source", "https://example.org/s", "SUPPORTS");
        draftVerdict(reporter, "false");
        long verdictId = desk.count("select id from verdict where claim_id = ?", claim.getId());
        submit(reporter, verdictId);
        publish(editor, verdictId);
        return verdictId;
    }

    /** A post without the confirmation page's answer only leads to that page, whose form posts the answer. */
    private org.jsoup.nodes.Document asksFirst(FactlineUser who, String confirmPage) {
        assertThat(desk.post(who, confirmPage).exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(confirmPage);
        var question = DeskTestSupport.html(desk.get(who, confirmPage));
        assertThat(question.select("form[action='" + confirmPage + "'] input[name=confirm]")
                        .val())
                .isEqualTo("yes");
        return question;
    }

    private String claimStatus() {
        return desk.jdbc
                .sql("select status from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    private void addSource(String title, String url, String stance) {
        assertThat(desk.post(
                                reporter,
                                "/desk/claims/" + claim.getId() + "/sources",
                                "title",
                                title,
                                "url",
                                url,
                                "kind",
                                "PRIMARY_DOCUMENT",
                                "stance",
                                stance,
                                "publisher",
                                "UN")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
    }

    private void draftVerdict(FactlineUser author, String rating) {
        assertThat(desk.post(
                                author,
                                "/desk/claims/" + claim.getId() + "/verdicts",
                                "ratingId",
                                String.valueOf(rating(rating)),
                                "summary",
                                "Sanctions forbid it.",
                                "rationale",
                                "Resolution 2397 (2017).\n\nSee https://undocs.org/S/RES/2397(2017).")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult submit(FactlineUser who, long verdictId) {
        return desk.post(who, "/desk/verdicts/" + verdictId + "/submit", "version", version(verdictId))
                .exchange();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult publish(FactlineUser who, long verdictId) {
        return desk.post(who, "/desk/verdicts/" + verdictId + "/publish", "version", version(verdictId))
                .exchange();
    }

    private String status(long verdictId) {
        return desk.jdbc
                .sql("select status from verdict where id = ?")
                .param(verdictId)
                .query(String.class)
                .single();
    }

    private String version(long verdictId) {
        return String.valueOf(desk.count("select version from verdict where id = ?", verdictId));
    }

    private String titles() {
        return String.join(
                "|",
                desk.jdbc
                        .sql("select title from source where claim_id = ? order by position")
                        .param(claim.getId())
                        .query(String.class)
                        .list());
    }

    private long rating(String code) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getId();
    }
}

package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.SignedIn;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.ClaimEdit;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.claim.DatePrecision;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.shared.WorkflowException;
import org.factline.verdict.VerdictManagement;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Four eyes, really: an editor who rewrites a reporter's draft verdict becomes one of its authors and may
 * not publish it (nor send it back); an editor who wrote none of it publishes it, and readers see every
 * author in "Checked by". An update of a published claim works the same way.
 */
@IntegrationTest
class CoAuthorFourEyesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    EvidenceManagement evidence;

    @Autowired
    ClaimManagement claims;

    @Autowired
    ClaimUpdateManagement updates;

    DeskTestSupport desk;
    FactlineUser reporter;
    FactlineUser rewriter;
    FactlineUser reviewer;
    long claimId;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
        rewriter = desk.person(Role.REPORTER, Role.EDITOR);
        reviewer = desk.person(Role.REPORTER, Role.EDITOR);
        claimId = desk.data.matsegoraLabourClaim().getId();
        evidence.attach(
                claimId,
                new NewSource(
                        "https://example.org/un-2397",
                        "UN Security Council resolution 2397 (2017)",
                        "United Nations",
                        LocalDate.of(2017, 12, 22),
                        SourceKind.OFFICIAL_STATEMENT,
                        Stance.CONTRADICTS,
                        "Decides that Member States shall repatriate all DPRK nationals earning income.",
                        null,
                        null));
    }

    @Test
    void anEditorWhoRewroteAReportersDraftCannotPublishItAndReadersSeeBothAuthors() {
        assertThat(desk.post(
                                reporter,
                                "/desk/claims/" + claimId + "/verdicts",
                                "ratingId",
                                String.valueOf(rating("misleading")),
                                "summary",
                                "Sanctions forbid it.",
                                "rationale",
                                "Resolution 2397 (2017).")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        long verdictId = desk.count("select id from verdict where claim_id = ?", claimId);
        var edit = "/desk/verdicts/" + verdictId + "/edit";

        var unchanged = open(rewriter, edit);
        assertThat(post(rewriter, edit, unchanged)).hasStatus(HttpStatus.FOUND);
        assertThat(verdicts.findById(verdictId).orElseThrow().getAuthorIds())
                .as("saving without changing anything writes nothing")
                .containsExactly(reporter.userId());

        var rewritten = open(rewriter, edit);
        rewritten.put("ratingId", String.valueOf(rating("false")));
        rewritten.put("rationale", "Resolution 2397 (2017) orders every North Korean worker home by 2019.");
        assertThat(post(rewriter, edit, rewritten)).hasStatus(HttpStatus.FOUND);
        assertThat(verdicts.findById(verdictId).orElseThrow().getAuthorIds())
                .containsExactly(reporter.userId(), rewriter.userId());

        assertThat(desk.post(reporter, "/desk/verdicts/" + verdictId + "/submit", "version", version(verdictId))
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(verdicts.waitingForReviewBy(rewriter.userId()))
                .extracting(v -> v.getId())
                .doesNotContain(verdictId);
        assertThat(verdicts.waitingForReviewBy(reviewer.userId()))
                .extracting(v -> v.getId())
                .contains(verdictId);

        var refused = desk.post(rewriter, "/desk/verdicts/" + verdictId + "/publish", "version", version(verdictId))
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.FOUND).flash().containsEntry("error", "verdict.error.coAuthor");
        var sentBack = desk.post(
                        rewriter,
                        "/desk/verdicts/" + verdictId + "/send-back",
                        "version",
                        version(verdictId),
                        "comment",
                        "Looks good to me.")
                .exchange();
        assertThat(sentBack).flash().containsEntry("error", "verdict.error.coAuthor");
        assertThat(desk.jdbc
                        .sql("select status from verdict where id = ?")
                        .param(verdictId)
                        .query(String.class)
                        .single())
                .isEqualTo("IN_REVIEW");
        var deskPage = DeskTestSupport.html(desk.get(rewriter, "/desk/claims/" + claimId));
        assertThat(deskPage.select("form[action$=/publish]")).isEmpty();

        assertThat(desk.post(reviewer, "/desk/verdicts/" + verdictId + "/publish", "version", version(verdictId))
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("message", "desk.verdict.published");

        var path = desk.jdbc
                .sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claimId)
                .query(String.class)
                .single();
        var publicPage = DeskTestSupport.html(mvc.get().uri(path).exchange());
        assertThat(publicPage.select(".verdict-people").text())
                .contains(reporter.displayName(), rewriter.displayName(), reviewer.displayName())
                .startsWith("Checked by " + reporter.displayName() + ", " + rewriter.displayName() + ", reviewed by "
                        + reviewer.displayName());
    }

    @Test
    void anEditorWhoAddedToAnotherOnesUpdateCannotPublishIt() {
        // published by two others first, so that the claim can be updated
        var author = desk.person(Role.REPORTER);
        var ratingId = rating("false");
        var draft = verdicts.draft(
                new org.factline.verdict.NewVerdict(claimId, ratingId, "Not so.", "Resolution 2397.", author.userId()));
        verdicts.publishReviewed(draft.getId(), reviewer.userId());

        var claim = claims.findForDesk(claimId).orElseThrow();
        var edit = new ClaimEdit(
                claim.getSpeaker().getName(),
                claim.getText(),
                claim.getLanguage(),
                claim.getTranslation(),
                claim.getTranslationLanguage(),
                "North Korean workers could help rebuild Donbas",
                null,
                claim.getSaid().getDate(),
                DatePrecision.MONTH,
                claim.getSaidWhere(),
                java.util.List.of("North Korea, Russia and Donbas"));
        var update = SignedIn.as(
                Role.EDITOR,
                () -> updates.propose(
                        claimId, null, claim.getVersion(), edit, "Summary clarified.", false, reporter.userId()));
        var extended = SignedIn.as(
                Role.EDITOR,
                () -> updates.proposeSourceChange(
                        claimId,
                        null,
                        new NewSource(
                                "https://example.org/kcna",
                                "KCNA statement",
                                "KCNA",
                                LocalDate.of(2022, 8, 15),
                                SourceKind.OFFICIAL_STATEMENT,
                                Stance.CONTEXT,
                                "Relations will be expanded.",
                                null,
                                null),
                        rewriter.userId()));
        assertThat(extended.getAuthorIds()).containsExactly(reporter.userId(), rewriter.userId());
        var submitted = SignedIn.as(Role.EDITOR, () -> updates.submit(update.getId(), extended.getVersion()));

        assertThat(updates.waitingForReviewBy(rewriter.userId()))
                .extracting(u -> u.getId())
                .doesNotContain(update.getId());
        assertThatThrownBy(() -> SignedIn.as(
                        Role.EDITOR,
                        () -> updates.publish(
                                submitted.getId(),
                                submitted.getVersion(),
                                rewriter.userId(),
                                "Summary clarified.",
                                false)))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("update.error.coAuthor");
        var published = SignedIn.as(
                Role.EDITOR,
                () -> updates.publish(
                        submitted.getId(), submitted.getVersion(), reviewer.userId(), "Summary clarified.", false));
        assertThat(published.getReviewerId()).isEqualTo(reviewer.userId());
    }

    private String version(long verdictId) {
        return String.valueOf(verdicts.findById(verdictId).orElseThrow().getVersion());
    }

    private long rating(String code) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getId();
    }

    /** The edit form as the page fills it, as a browser would post it. */
    private Map<String, String> open(FactlineUser who, String uri) {
        var page = DeskTestSupport.html(desk.get(who, uri));
        var data = new LinkedHashMap<String, String>();
        ((FormElement) page.selectFirst("form[action$=/edit]"))
                .formData().stream()
                        .filter(value -> !"_csrf".equals(value.key()))
                        .forEach(value -> data.put(value.key(), value.value()));
        return data;
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult post(
            FactlineUser who, String uri, Map<String, String> form) {
        var params = form.entrySet().stream()
                .flatMap(entry -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
                .toArray(String[]::new);
        return desk.post(who, uri, params).exchange();
    }
}

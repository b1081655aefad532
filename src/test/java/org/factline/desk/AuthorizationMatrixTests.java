package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every editorial URL against anonymous readers, reporters, editors and admins. Anonymous readers are
 * sent to sign in; a role that may not do something gets 403.
 */
@IntegrationTest
class AuthorizationMatrixTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser reporter;
    FactlineUser editor;
    FactlineUser admin;
    long claimId;
    long articleId;
    long sourceId;
    long verdictId;

    record Case(String method, String uri, int anonymous, int reporter, int editor, int admin) {}

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
        admin = desk.person(Role.REPORTER, Role.EDITOR, Role.ADMIN);
        claimId = desk.data.matsegoraLabourClaim().getId();
        articleId = desk.count("select article_id from appearance where claim_id = ?", claimId);
        desk.post(reporter, "/desk/claims/" + claimId + "/sources", "title", "S", "kind", "OTHER", "stance", "CONTEXT")
                .exchange();
        sourceId = desk.count("select id from source where claim_id = ?", claimId);
        long rating = desk.count(
                "select r.id from rating r join rating_scale s on s.id = r.scale_id where s.slug = 'default' and r.code = 'false'");
        desk.post(
                        reporter,
                        "/desk/claims/" + claimId + "/verdicts",
                        "ratingId",
                        String.valueOf(rating),
                        "summary",
                        "S",
                        "rationale",
                        "R")
                .exchange();
        verdictId = desk.count("select id from verdict where claim_id = ?", claimId);
    }

    @Test
    void everyEditorialUrlAnswersEachRoleAsExpected() {
        // POSTs with invalid or harmless content: what matters is whether the role gets through
        var cases = List.of(
                new Case("GET", "/desk", 302, 200, 200, 200),
                new Case("GET", "/desk/articles/new", 302, 200, 200, 200),
                new Case("POST", "/desk/articles", 302, 200, 200, 200),
                new Case("GET", "/desk/articles/" + articleId, 302, 200, 200, 200),
                new Case("GET", "/desk/articles/" + articleId + "/claims/new", 302, 200, 200, 200),
                new Case("POST", "/desk/articles/" + articleId + "/claims", 302, 200, 200, 200),
                new Case("GET", "/desk/claims/" + claimId, 302, 200, 200, 200),
                new Case("GET", "/desk/claims/" + claimId + "/edit", 302, 200, 200, 200),
                new Case("POST", "/desk/claims/" + claimId + "/edit", 302, 200, 200, 200),
                new Case("GET", "/desk/claims/" + claimId + "/history", 302, 200, 200, 200),
                new Case("POST", "/desk/claims/" + claimId + "/appearances", 302, 200, 200, 200),
                new Case("POST", "/desk/claims/" + claimId + "/sources", 302, 200, 200, 200),
                new Case("GET", "/desk/claims/" + claimId + "/sources/" + sourceId + "/edit", 302, 200, 200, 200),
                new Case("POST", "/desk/claims/" + claimId + "/sources/" + sourceId + "/edit", 302, 200, 200, 200),
                // removing asks first: the page that asks, and a post without its answer only leads there
                new Case("GET", "/desk/claims/" + claimId + "/sources/" + sourceId + "/delete", 302, 200, 200, 200),
                new Case("POST", "/desk/claims/" + claimId + "/sources/" + sourceId + "/delete", 302, 302, 302, 302),
                new Case("POST", "/desk/claims/" + claimId + "/verdicts", 302, 200, 200, 200),
                new Case("GET", "/desk/verdicts/" + verdictId + "/edit", 302, 200, 200, 200),
                new Case("POST", "/desk/verdicts/" + verdictId + "/edit", 302, 200, 200, 200),
                new Case("POST", "/desk/verdicts/" + verdictId + "/publish", 302, 403, 400, 400),
                new Case("POST", "/desk/verdicts/" + verdictId + "/send-back", 302, 403, 400, 400),
                new Case("GET", "/desk/claims/" + claimId + "/unpublish", 302, 403, 302, 302),
                new Case("POST", "/desk/claims/" + claimId + "/unpublish", 302, 403, 302, 302),
                new Case("POST", "/desk/claims/" + claimId + "/republish", 302, 403, 302, 302),
                new Case("GET", "/admin/users", 302, 403, 403, 200),
                new Case("POST", "/admin/users", 302, 403, 403, 200),
                new Case("GET", "/account/password", 302, 200, 200, 200));

        var failures = new ArrayList<String>();
        for (var c : cases) {
            check(c, null, c.anonymous(), failures);
            check(c, reporter, c.reporter(), failures);
            check(c, editor, c.editor(), failures);
            check(c, admin, c.admin(), failures);
        }
        assertThat(failures).isEmpty();
        assertThat(desk.count("select count(*) from source where id = ?", sourceId))
                .as("a removal without confirmation")
                .isEqualTo(1);
    }

    @Test
    void malformedDeskLinksGetAReadablePageNotAStackTrace() throws Exception {
        for (var uri : List.of("/desk?status=BOGUS", "/desk?from=not-a-date", "/desk/articles/abc")) {
            var result = mvc.get()
                    .uri(uri)
                    .with(user(reporter))
                    .header("Accept", "text/html")
                    .exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(400);
            assertThat(DeskTestSupport.html(result).select("h1").text())
                    .as(uri)
                    .isEqualTo("This address is not quite right");
        }
    }

    @Test
    void anonymousReadersAreSentToSignIn() {
        var result = mvc.get().uri("/desk").exchange();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAndChangesNothing() {
        long before = desk.count("select count(*) from source where claim_id = ?", claimId);
        var result = mvc.post()
                .uri("/desk/claims/" + claimId + "/sources")
                .with(user(reporter))
                .param("title", "No token")
                .param("kind", "OTHER")
                .param("stance", "CONTEXT")
                .exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(desk.count("select count(*) from source where claim_id = ?", claimId))
                .isEqualTo(before);
    }

    private void check(Case c, FactlineUser who, int expected, List<String> failures) {
        var request = "GET".equals(c.method())
                ? mvc.get().uri(c.uri())
                : mvc.post().uri(c.uri()).with(csrf());
        if (who != null) {
            request = request.with(user(who));
        }
        int status = request.exchange().getResponse().getStatus();
        if (status != expected) {
            failures.add(c.method() + " " + c.uri() + " as " + (who == null ? "anonymous" : who.roleNames()) + ": "
                    + status + " (expected " + expected + ")");
        }
    }
}

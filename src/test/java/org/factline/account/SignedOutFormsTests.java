package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A form posted after the session ended, or with a CSRF token the session no longer holds, is held for
 * its author: they are told they were signed out, sign in, and find the form filled in as they left it.
 */
@IntegrationTest
class SignedOutFormsTests {

    private static final String EDITOR = "editor@factline.demo";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    TestData data;
    long claimId;
    String rationale;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        claimId = data.matsegoraLabourClaim().getId();
        rationale = TestData.unique("Resolution 2397 (2017) required North Korean workers to be sent home by 2019.");
    }

    @Test
    void aVerdictPostedAfterTheSessionEndedComesBackFilledInAfterSigningIn() {
        var posted = postVerdictAfterTheSessionEnded("same-origin");
        assertThat(posted).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?signedOut");
        var held = posted.getResponse().getCookie(SignedOutForms.COOKIE);
        assertThat(held).isNotNull();
        assertThat(held.isHttpOnly()).isTrue();
        assertThat(jdbc.sql("select count(*) from held_form where fields like '%_csrf%' or fields like '%password%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(html(mvc.get().uri("/login?signedOut").exchange())
                        .select("#session-ended")
                        .text())
                .contains("You were signed out", "your form will be back");

        var signedIn = signInResult(EDITOR, held);
        assertThat(signedIn).hasStatus(HttpStatus.FOUND);
        var back = signedIn.getResponse().getRedirectedUrl();
        assertThat(back).startsWith(claimPath() + "?restore=");
        var session2 = signedIn.getResponse().getCookie("SESSION");

        var page = html(mvc.get().uri(back).cookie(session2).exchange());
        assertThat(page.select("#verdict textarea[name=rationale]").text()).isEqualTo(rationale);
        assertThat(page.select("#verdict input[name=summary]").val()).isEqualTo("Sanctions forbid it.");
        assertThat(page.select(".flash.ok").text()).contains("your form is back");

        // handed back once
        assertThat(html(mvc.get().uri(back).cookie(session2).exchange())
                        .select("#verdict textarea[name=rationale]")
                        .text())
                .isEmpty();
    }

    @Test
    void aStaleCsrfTokenOfSomeoneStillSignedInLeadsStraightBackToTheFilledForm() {
        var editor = accounts().principal(data.user(Role.REPORTER, Role.EDITOR).getId());
        var posted = mvc.post()
                .uri(claimPath() + "/verdicts")
                .with(user(editor))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Sec-Fetch-Site", "same-origin")
                .header("Referer", "http://localhost" + claimPath())
                .param("_csrf", "a-token-from-an-older-session")
                .param("ratingId", ratingId())
                .param("summary", "Sanctions forbid it.")
                .param("rationale", rationale)
                .exchange();
        assertThat(posted).hasStatus(HttpStatus.FOUND);
        var back = posted.getResponse().getRedirectedUrl();
        assertThat(back).startsWith(claimPath() + "?restore=");

        // nobody else gets it: another editor opening the same address finds an empty form
        var colleague =
                accounts().principal(data.user(Role.REPORTER, Role.EDITOR).getId());
        var theirs = html(mvc.get().uri(back).with(user(colleague)).exchange());
        assertThat(theirs.select("#verdict textarea[name=rationale]").text()).isEmpty();
        assertThat(theirs.text()).doesNotContain(rationale);
        assertThat(theirs.select(".flash.error").text()).contains("no longer kept");

        var mine = html(mvc.get().uri(back).with(user(editor)).exchange());
        assertThat(mine.select("#verdict textarea[name=rationale]").text()).isEqualTo(rationale);
    }

    @Test
    void aFormSignedOutInOneBrowserIsNotHandedToSomeoneSigningInInAnother() {
        var held = postVerdictAfterTheSessionEnded("same-origin").getResponse().getCookie(SignedOutForms.COOKIE);
        assertThat(held).isNotNull();

        // another browser (no held-form cookie): the plain desk
        assertThat(signInResult(EDITOR, null)).hasRedirectedUrl("/desk");
        // a forged key: the plain desk too
        assertThat(signInResult(EDITOR, new Cookie(SignedOutForms.COOKIE, "x".repeat(43))))
                .hasRedirectedUrl("/desk");
        assertThat(signInResult(EDITOR, held).getResponse().getRedirectedUrl()).startsWith(claimPath() + "?restore=");
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndNothingIsHeld() {
        var held = jdbc.sql("select count(*) from held_form").query(Long.class).single();

        assertThat(postVerdictAfterTheSessionEnded("cross-site")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from held_form").query(Long.class).single())
                .isEqualTo(held);
    }

    @Test
    void aSignInPageLeftOpenTooLongAsksToSignInAgain() {
        var stale = mvc.post()
                .uri("/login")
                .param("username", EDITOR)
                .param("password", "factline-demo")
                .param("_csrf", "from-a-session-that-ended")
                .exchange();
        assertThat(stale).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?expired");
        assertThat(jdbc.sql("select count(*) from held_form where fields like '%factline-demo%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Signs the editor in, opens the claim's page, ends the session, then saves the verdict form. */
    private MvcTestResult postVerdictAfterTheSessionEnded(String site) {
        var session = signIn(EDITOR, null);
        var claimPage = mvc.get().uri(claimPath()).cookie(session).exchange();
        assertThat(claimPage).hasStatusOk();
        var token = html(claimPage).select("#verdict form input[name=_csrf]").val();
        endSessionsOf(EDITOR);
        return postVerdict(session, token, site);
    }

    private MvcTestResult postVerdict(Cookie session, String token, String site) {
        return mvc.post()
                .uri(claimPath() + "/verdicts")
                .cookie(session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Sec-Fetch-Site", site)
                .header("Referer", "http://localhost" + claimPath())
                .param("_csrf", token)
                .param("version", "0")
                .param("ratingId", ratingId())
                .param("summary", "Sanctions forbid it.")
                .param("rationale", rationale)
                .exchange();
    }

    private Cookie signIn(String email, Cookie held) {
        var signedIn = signInResult(email, held);
        assertThat(signedIn).hasStatus(HttpStatus.FOUND);
        return signedIn.getResponse().getCookie("SESSION");
    }

    private MvcTestResult signInResult(String email, Cookie held) {
        var request =
                mvc.post().uri("/login").with(csrf()).param("username", email).param("password", "factline-demo");
        if (held != null) {
            request = request.cookie(held);
        }
        return request.exchange();
    }

    /** As the idle timeout, a restart of old or a database cleanup would: the session is no more. */
    private void endSessionsOf(String email) {
        assertThat(jdbc.sql("delete from spring_session where principal_name = :email")
                        .param("email", email)
                        .update())
                .isPositive();
    }

    private String claimPath() {
        return "/desk/claims/" + claimId;
    }

    private String ratingId() {
        return jdbc.sql("""
                        select r.id from rating r join claim c on c.rating_scale_id = r.scale_id
                        where c.id = :claim order by r.id limit 1
                        """).param("claim", claimId).query(String.class).single();
    }

    private AccountManagement accounts() {
        return context.getBean(AccountManagement.class);
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

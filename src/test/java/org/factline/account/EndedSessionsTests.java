package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What an admin does to an account, and a password change, reach the sessions already open: disabling
 * someone, giving them a one-time password or taking a role away ends every session of theirs at its
 * next request; changing one's own password ends one's other sessions and keeps this one; and a sign-in
 * ends after its absolute lifetime however busy it was. Sessions are real ones, kept in PostgreSQL.
 */
@IntegrationTest
class EndedSessionsTests {

    static final String PASSWORD = "correct horse battery staple";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DeskSessionProperties sessions;

    TestData data;
    FactlineUser admin;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        admin = accounts.principal(
                accounts.findByEmail("admin@factline.demo").orElseThrow().getId());
    }

    @Test
    void aDisabledUsersOpenSessionIsRefusedOnItsNextRequest() {
        var reporter = data.user(Role.REPORTER);
        var session = signIn(reporter.getEmail(), PASSWORD);
        assertThat(desk(session)).hasStatusOk();

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/enabled", reporter.getId())
                        .param("enabled", "false")
                        .with(user(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.FOUND);

        assertThat(desk(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(export(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(sessionsOf(reporter.getEmail())).isZero();
        assertThat(signInResult(reporter.getEmail(), PASSWORD)).isEqualTo("/login?error");
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsAndKeepsThisOne() {
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var here = signIn(editor.getEmail(), PASSWORD);
        var elsewhere = signIn(editor.getEmail(), PASSWORD);
        assertThat(desk(elsewhere)).hasStatusOk();

        assertThat(mvc.post()
                        .uri("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "a lantern by the quiet harbour")
                        .param("confirmPassword", "a lantern by the quiet harbour"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/desk");

        assertThat(desk(here)).as("the session the password was changed in").hasStatusOk();
        assertThat(desk(elsewhere)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(sessionsOf(editor.getEmail())).isEqualTo(1);
    }

    @Test
    void aOneTimePasswordFromAnAdminEndsEverySessionAndIsAskedToBeReplaced() throws Exception {
        var reporter = data.user(Role.REPORTER);
        var session = signIn(reporter.getEmail(), PASSWORD);

        var weak = mvc.post()
                .uri("/admin/users/{id}/password", reporter.getId())
                .with(user(admin))
                .with(csrf())
                .param("password", "aaaaaaaaaaaaaaaa")
                .exchange();
        assertThat(weak).hasStatusOk();
        assertThat(fieldError(weak.getResponse().getContentAsString(StandardCharsets.UTF_8), "password"))
                .isEqualTo("This password repeats a few characters. Choose one with more variety, "
                        + "for example a few unrelated words.");
        assertThat(desk(session)).as("nothing changed").hasStatusOk();

        assertThat(mvc.post()
                        .uri("/admin/users/{id}/password", reporter.getId())
                        .with(user(admin))
                        .with(csrf())
                        .param("password", "seven orange kites at noon"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(desk(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(signInResult(reporter.getEmail(), "seven orange kites at noon"))
                .isEqualTo("/account/password");
    }

    @Test
    void takingARoleAwayEndsTheSessionsAndAddingOneDoesNot() throws Exception {
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var session = signIn(editor.getEmail(), PASSWORD);

        assertThat(roles(editor.getId(), "REPORTER", "EDITOR", "ADMIN")).hasStatus(HttpStatus.FOUND);
        assertThat(desk(session)).as("a role added").hasStatusOk();

        assertThat(roles(editor.getId(), "REPORTER")).hasStatus(HttpStatus.FOUND);
        assertThat(desk(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(accounts.findById(editor.getId()).orElseThrow().getRoles()).containsExactly(Role.REPORTER);

        var none = mvc.post()
                .uri("/admin/users/{id}/roles", editor.getId())
                .with(user(admin))
                .with(csrf())
                .exchange();
        assertThat(none).hasStatusOk();
        assertThat(fieldError(none.getResponse().getContentAsString(StandardCharsets.UTF_8), "roles"))
                .isEqualTo("Please choose at least one.");
        assertThat(accounts.findById(editor.getId()).orElseThrow().getRoles()).containsExactly(Role.REPORTER);
    }

    @Test
    void aSignInEndsAfterItsAbsoluteLifetimeHoweverBusy() {
        var reporter = data.user(Role.REPORTER);
        var session = signIn(reporter.getEmail(), PASSWORD);
        assertThat(desk(session)).hasStatusOk();
        var almost = sessions.sessionLifetime().minusMinutes(1);
        startedAgo(reporter.getEmail(), almost);
        assertThat(desk(session)).as("a minute before the end").hasStatusOk();

        startedAgo(reporter.getEmail(), sessions.sessionLifetime().plusMinutes(1));
        assertThat(desk(session)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
        assertThat(sessionsOf(reporter.getEmail())).isZero();
    }

    @Test
    void anUnknownAccountIsOurNotFoundPage() throws Exception {
        for (var request : new MockMvcRequestBuilder[] {
            mvc.post()
                    .uri("/admin/users/987654321/enabled")
                    .param("enabled", "false")
                    .with(user(admin))
                    .with(csrf()),
            mvc.post()
                    .uri("/admin/users/987654321/roles")
                    .param("roles", "REPORTER")
                    .with(user(admin))
                    .with(csrf()),
            mvc.post()
                    .uri("/admin/users/987654321/password")
                    .param("password", "seven orange kites at noon")
                    .with(user(admin))
                    .with(csrf()),
            mvc.get().uri("/admin/users/987654321").with(user(admin))
        }) {
            var result = request.exchange();
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("<html");
        }
        assertThat(mvc.post()
                        .uri("/admin/users/1/enabled")
                        .param("enabled", "maybe")
                        .with(user(admin))
                        .with(csrf()))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    private void startedAgo(String email, Duration ago) {
        jdbc.sql("update spring_session set creation_time = :at where principal_name = :email")
                .param("at", System.currentTimeMillis() - ago.toMillis())
                .param("email", email)
                .update();
    }

    private MvcTestResult roles(long userId, String... roles) {
        return mvc.post()
                .uri("/admin/users/{id}/roles", userId)
                .with(user(admin))
                .with(csrf())
                .param("roles", roles)
                .exchange();
    }

    private MvcTestResult desk(Cookie session) {
        return mvc.get().uri("/desk").cookie(session).exchange();
    }

    private MvcTestResult export(Cookie session) {
        return mvc.get().uri("/desk/export").cookie(session).exchange();
    }

    private long sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** Signs in as a browser does and returns its session cookie. */
    private Cookie signIn(String email, String password) {
        var result = mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", email)
                .param("password", password)
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk");
        var cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private String signInResult(String email, String password) {
        return mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", email)
                .param("password", password)
                .exchange()
                .getResponse()
                .getRedirectedUrl();
    }

    static String fieldError(String html, String field) {
        return Jsoup.parse(html).select("#" + field + "-error").text();
    }
}

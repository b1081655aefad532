package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factline.IntegrationTest;
import org.factline.TestClock;
import org.factline.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Guessing passwords is held back: wrong passwords for one e-mail soon have to wait, then lock signing in
 * with it, even with the right password, and an e-mail nobody signs in with gets exactly the same answers,
 * so the sign-in tells nothing about which accounts exist. Every try is in the admin's audit log.
 */
@IntegrationTest
class ThrottledSignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @BeforeEach
    void stopTheClock() {
        clock().stop();
    }

    @AfterEach
    void releaseTheClock() {
        clock().release();
    }

    @Test
    void wrongPasswordsLockTheAccountWithTheSameAnswersForAnUnknownEmail() throws Exception {
        var reporter = new TestData(context).user(Role.REPORTER);
        var unknown = "nobody-" + reporter.getEmail();

        var known = guesses(reporter.getEmail(), "10.77.0.1");
        assertThat(known.subList(0, 2)).containsOnly("/login?error");
        assertThat(known.get(2)).as("after the third failure, a wait").isEqualTo("/login?wait=10");
        assertThat(known.subList(2, known.size() - 1))
                .as("the wait grows to a minute")
                .allMatch(answer -> answer.startsWith("/login?wait="))
                .anyMatch(answer -> seconds(answer) >= 30);
        var lock = known.get(known.size() - 1);
        assertThat(seconds(lock)).as("locked after ten failures").isGreaterThan(5 * 60);
        assertThat(known).hasSize(10);

        var rightPassword = signIn(reporter.getEmail(), EndedSessionsTests.PASSWORD, "10.77.0.1");
        assertThat(rightPassword.getResponse().getRedirectedUrl())
                .as("the right password while locked")
                .isEqualTo(lock);
        assertThat(rightPassword.getResponse().getCookie("SESSION")).isNull();

        var nobody = guesses(unknown, "10.77.0.2");
        assertThat(nobody)
                .as("an e-mail nobody signs in with gets the same answers")
                .isEqualTo(known);
        assertThat(signIn(unknown, EndedSessionsTests.PASSWORD, "10.77.0.2")
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(lock);

        var page = mvc.get().uri(lock).exchange();
        assertThat(text(page, "#sign-in-locked"))
                .matches("Too many failed sign-ins: signing in is locked for now. "
                        + "Try again in \\d+ minutes, or ask an admin for a new one-time password.");

        clock().advance(Duration.ofMinutes(15));
        assertThat(signIn(reporter.getEmail(), EndedSessionsTests.PASSWORD, "10.77.0.1"))
                .as("once the lock ends")
                .hasRedirectedUrl("/desk");

        assertThat(text(mvc.get().uri("/login?wait=840").exchange(), "#sign-in-locked"))
                .isEqualTo("Too many failed sign-ins: signing in is locked for now. Try again in 14 minutes, "
                        + "or ask an admin for a new one-time password.");
        var indonesian = mvc.get()
                .uri("/login?wait=9")
                .locale(Locale.forLanguageTag("id"))
                .exchange();
        assertThat(text(indonesian, "#sign-in-wait"))
                .isEqualTo("Terlalu banyak upaya masuk yang gagal. Tunggu 9 detik, lalu coba lagi.");
        for (var bad : new String[] {"abc", "-5", "99999999999999999999", "0"}) {
            var result = mvc.get().uri("/login").param("wait", bad).exchange();
            assertThat(result).hasStatusOk();
            assertThat(text(result, ".flash.error")).as(bad).isEmpty();
        }

        var admin = accounts.principal(
                accounts.findByEmail("admin@factline.demo").orElseThrow().getId());
        var audit = mvc.get().uri("/admin/audit").with(user(admin)).exchange();
        var rows = Jsoup.parse(audit.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#audit tbody tr");
        assertThat(rows)
                .anySatisfy(row -> assertThat(row.text())
                        .contains("Failed sign-in", reporter.getDisplayName(), reporter.getEmail(), "10.77.0.1"))
                .anySatisfy(row -> assertThat(row.text()).contains("Failed sign-in", unknown, "10.77.0.2"))
                .anySatisfy(row -> assertThat(row.text())
                        .contains("Sign-in refused: too many failures", reporter.getEmail(), "10.77.0.1"))
                .anySatisfy(row -> assertThat(row.text()).contains("Signed in", reporter.getEmail(), "10.77.0.1"));
    }

    @Test
    void aSuccessfulSignInIsAuditedAndClearsTheCount() throws Exception {
        var reporter = new TestData(context).user(Role.REPORTER);
        for (int i = 0; i < 2; i++) {
            signIn(reporter.getEmail(), "not my password", "10.77.1.1");
        }
        assertThat(signIn(reporter.getEmail(), EndedSessionsTests.PASSWORD, "10.77.1.1"))
                .hasRedirectedUrl("/desk");
        for (int i = 0; i < 2; i++) {
            assertThat(signIn(reporter.getEmail(), "not my password", "10.77.1.1"))
                    .as("counted afresh")
                    .hasRedirectedUrl("/login?error");
        }
        var log = accounts.auditLog(0, 10).getContent();
        assertThat(log).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(AccountEventKind.SIGNED_IN);
            assertThat(event.getSubjectId()).isEqualTo(reporter.getId());
            assertThat(event.getAddress()).isEqualTo("10.77.1.1");
        });
    }

    /**
     * Wrong passwords from one address, each after waiting as long as asked, until signing in is locked
     * (a wait of more than a minute): the answers.
     */
    private List<String> guesses(String email, String address) {
        var answers = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            var answer =
                    signIn(email, "wrong password " + i, address).getResponse().getRedirectedUrl();
            answers.add(answer);
            if (answer.startsWith("/login?wait=")) {
                if (seconds(answer) > 60) {
                    break;
                }
                clock().advance(Duration.ofSeconds(seconds(answer)));
            }
        }
        return answers;
    }

    private static int seconds(String waitPage) {
        return Integer.parseInt(waitPage.substring("/login?wait=".length()));
    }

    private TestClock clock() {
        return (TestClock) clock;
    }

    private MvcTestResult signIn(String email, String password, String address) {
        return mvc.post()
                .uri("/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("username", email)
                .param("password", password)
                .exchange();
    }

    private static String text(MvcTestResult result, String selector) throws Exception {
        assertThat(result).hasStatus(HttpStatus.OK);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select(selector)
                .text();
    }
}

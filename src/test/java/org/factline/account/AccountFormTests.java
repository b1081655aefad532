package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class AccountFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void signingInWithAOneTimePasswordLeadsToChoosingANewOne() throws Exception {
        var email = "new-" + UUID.randomUUID() + "@example.org";
        var adminId = accounts.findByEmail("admin@factline.demo").orElseThrow().getId();
        accounts.invite(email, "New Reporter", "one-time-password-123", Set.of(Role.REPORTER), adminId);

        var login = mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", email)
                .param("password", "one-time-password-123")
                .exchange();
        assertThat(login).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/account/password");
        var principal =
                accounts.principal(accounts.findByEmail(email).orElseThrow().getId());
        assertThat(mvc.get().uri("/desk").with(user(principal)).exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/account/password");

        var mismatch = change(principal, "one-time-password-123", "a much better password", "a different password");
        assertThat(error(mismatch, "confirmPassword")).isEqualTo("The two new passwords differ.");
        var wrong = change(principal, "not-my-password", "a much better password", "a much better password");
        assertThat(error(wrong, "currentPassword")).isEqualTo("That is not your current password.");
        var tooShort = change(principal, "one-time-password-123", "short", "short");
        assertThat(error(tooShort, "newPassword")).isEqualTo("Please use between 12 and 200 characters.");
        assertThat(passwordEncoder.matches("one-time-password-123", hash(email)))
                .isTrue();

        var done = change(principal, "one-time-password-123", "a much better password", "a much better password");
        assertThat(done).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk");
        assertThat(passwordEncoder.matches("a much better password", hash(email)))
                .isTrue();
        assertThat(accounts.findByEmail(email).orElseThrow().isPasswordChangeRequired())
                .isFalse();
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        var result = mvc.post()
                .uri("/login")
                .with(csrf())
                .param("username", "editor@factline.demo")
                .param("password", "guess")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error");
    }

    @Test
    void anAdminAddsPeopleWithRolesAndBadInputIsRefused() throws Exception {
        var admin = accounts.principal(
                accounts.findByEmail("admin@factline.demo").orElseThrow().getId());
        var email = "editor-" + UUID.randomUUID() + "@example.org";
        long before = accounts.count();

        var badEmail = mvc.post()
                .uri("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("email", "not an e-mail")
                .param("displayName", "X")
                .param("roles", "EDITOR")
                .param("initialPassword", "long enough password")
                .exchange();
        assertThat(error(badEmail, "email")).isEqualTo("This is not an e-mail address.");
        var noRole = mvc.post()
                .uri("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("email", email)
                .param("displayName", "X")
                .param("initialPassword", "long enough password")
                .exchange();
        assertThat(error(noRole, "roles")).isEqualTo("Please choose at least one.");
        var taken = mvc.post()
                .uri("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("email", "EDITOR@factline.demo")
                .param("displayName", "X")
                .param("roles", "EDITOR")
                .param("initialPassword", "long enough password")
                .exchange();
        assertThat(error(taken, "email")).isEqualTo("Someone already signs in with this e-mail.");
        assertThat(accounts.count()).isEqualTo(before);

        var created = mvc.post()
                .uri("/admin/users")
                .with(user(admin))
                .with(csrf())
                .param("email", email)
                .param("displayName", "Sari Editor")
                .param("roles", "REPORTER")
                .param("roles", "EDITOR")
                .param("initialPassword", "long enough password")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);
        var user = accounts.findByEmail(email).orElseThrow();
        assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.REPORTER, Role.EDITOR);
        assertThat(user.isPasswordChangeRequired()).isTrue();
    }

    private MvcTestResult change(FactlineUser who, String current, String next, String confirm) {
        return mvc.post()
                .uri("/account/password")
                .with(user(who))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", next)
                .param("confirmPassword", confirm)
                .exchange();
    }

    private String hash(String email) {
        return accounts.findByEmail(email).orElseThrow().getPasswordHash();
    }

    private static String error(MvcTestResult result, String field) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("#" + field + "-error")
                .text();
    }
}

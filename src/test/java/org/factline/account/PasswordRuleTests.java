package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTests {

    final PasswordRule rule = new PasswordRule();

    @Test
    void refusesTheWorstPasswordsNotJustShortOnes() {
        assertThat(rule.problem("short", "sari@example.org")).contains("account.error.shortPassword");
        assertThat(rule.problem("x".repeat(201), "sari@example.org")).contains("account.error.longPassword");
        for (var common : new String[] {
            "qwertyuiopasdfgh",
            "1234567890qwerty",
            "Password123456",
            "P@ssw0rd2024!!",
            "iloveyou123456",
            "dragon!!!!!!!!"
        }) {
            assertThat(rule.problem(common, "sari@example.org"))
                    .as(common)
                    .hasValueSatisfying(problem -> assertThat(problem)
                            .isIn(
                                    "account.error.commonPassword",
                                    "account.error.sequencePassword",
                                    "account.error.repetitivePassword"));
        }
        assertThat(rule.problem("trustno1trustno1", "sari@example.org")).contains("account.error.repetitivePassword");
        assertThat(rule.problem("football2026!!", "sari@example.org")).contains("account.error.commonPassword");
        assertThat(rule.problem("sari@example.org", "sari@example.org")).contains("account.error.commonPassword");
        assertThat(rule.problem("Sari2026!!!!", "sari@example.org")).contains("account.error.commonPassword");
        assertThat(rule.problem("aaaaaaaaaaaa", "sari@example.org")).contains("account.error.repetitivePassword");
        assertThat(rule.problem("abababababab", "sari@example.org")).contains("account.error.repetitivePassword");
        assertThat(rule.problem("abc123abc123", "sari@example.org")).contains("account.error.repetitivePassword");
        assertThat(rule.problem("abcdefghijklm", "sari@example.org")).contains("account.error.sequencePassword");
        assertThat(rule.problem("zyxwvutsrqpo", "sari@example.org")).contains("account.error.sequencePassword");
        assertThat(rule.problem("abcdef123456", "sari@example.org")).contains("account.error.sequencePassword");
    }

    @Test
    void acceptsPassphrasesAndRandomPasswords() {
        for (var good : new String[] {
            "correct horse battery staple",
            "a much better password",
            "seven orange kites at noon",
            "Xk7#pQ2!vR9m",
            "kopi tubruk di teras"
        }) {
            assertThat(rule.problem(good, "sari@example.org")).as(good).isEmpty();
        }
    }
}

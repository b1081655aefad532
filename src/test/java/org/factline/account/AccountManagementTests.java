package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountManagementTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void storesOnlyAPasswordHashAndTheRoles() {
        var email = "editor-" + UUID.randomUUID() + "@example.org";
        var user = accounts.createUser(
                email, "Budi Santoso", "a long enough password", Set.of(Role.REPORTER, Role.EDITOR));

        var loaded = accounts.findByEmail(email.toUpperCase()).orElseThrow();
        assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.REPORTER, Role.EDITOR);
        assertThat(loaded.getPasswordHash()).doesNotContain("a long enough password");
        assertThat(passwordEncoder.matches("a long enough password", loaded.getPasswordHash()))
                .isTrue();
        assertThat(accounts.displayNames(List.of(user.getId()))).containsEntry(user.getId(), "Budi Santoso");
    }

    @Test
    void anEmailBelongsToOneAccountWhateverItsCase() {
        var email = "reporter-" + UUID.randomUUID() + "@example.org";
        accounts.createUser(email, "One", "password one", Set.of(Role.REPORTER));
        assertThatThrownBy(() -> accounts.createUser(email.toUpperCase(), "Two", "password two", Set.of(Role.REPORTER)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}

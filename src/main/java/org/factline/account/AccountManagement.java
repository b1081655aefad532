package org.factline.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.shared.WorkflowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's API: people who sign in to Factline. */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;
    private final AdminProperties admin;

    AccountManagement(AppUsers users, PasswordEncoder passwordEncoder, AdminProperties admin) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.admin = admin;
    }

    @Transactional
    public AppUser createUser(String email, String displayName, String rawPassword, Set<Role> roles) {
        return users.saveAndFlush(
                new AppUser(email.trim(), displayName.trim(), passwordEncoder.encode(rawPassword), roles));
    }

    /** An account whose first password was chosen by an admin: its owner must replace it at first sign-in. */
    @Transactional
    public AppUser invite(String email, String displayName, String initialPassword, Set<Role> roles) {
        if (users.findByEmail(email.trim()).isPresent()) {
            throw new WorkflowException("account.error.emailTaken");
        }
        var user = createUser(email, displayName, initialPassword, roles);
        user.changePassword(user.getPasswordHash(), true);
        return user;
    }

    /**
     * Makes sure a new instance has an administrator: from FACTLINE_ADMIN_EMAIL/PASSWORD, or else with a
     * one-time password printed once in the log. Does nothing when an administrator exists.
     */
    @Transactional
    public void ensureAdministrator() {
        if (users.existsWithRole(Role.ADMIN)) {
            return;
        }
        var email = admin.emailOrDefault();
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            existing.get().setRoles(Set.of(Role.REPORTER, Role.EDITOR, Role.ADMIN));
            log.warn("{} is now an administrator", email);
            return;
        }
        var roles = Set.of(Role.REPORTER, Role.EDITOR, Role.ADMIN);
        if (admin.password() != null && !admin.password().isBlank()) {
            createUser(email, "Administrator", admin.password(), roles);
            log.info("Created the administrator {} from FACTLINE_ADMIN_EMAIL/FACTLINE_ADMIN_PASSWORD", email);
            return;
        }
        var oneTime = oneTimePassword();
        var user = createUser(email, "Administrator", oneTime, roles);
        user.changePassword(user.getPasswordHash(), true);
        log.warn(
                "Created the administrator {} with the one-time password {} - sign in at /login and choose a new "
                        + "password; this is the only time it is shown",
                email,
                oneTime);
    }

    /** Changes a password after checking the current one; clears a pending forced change. */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword) {
        var user = users.findById(userId).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new WorkflowException("account.error.wrongPassword");
        }
        if (newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new WorkflowException("account.error.shortPassword");
        }
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new WorkflowException("account.error.samePassword");
        }
        user.changePassword(passwordEncoder.encode(newPassword), false);
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled, long actingUserId) {
        if (userId == actingUserId && !enabled) {
            throw new WorkflowException("account.error.disableSelf");
        }
        users.findById(userId).orElseThrow().setEnabled(enabled);
    }

    public Optional<AppUser> findByEmail(String email) {
        return users.findByEmail(email);
    }

    public Optional<AppUser> findById(long id) {
        return users.findById(id);
    }

    public List<AppUser> all() {
        return users.findAll(Sort.by("displayName"));
    }

    /** The signed-in principal for a user, e.g. after their password changed. */
    public FactlineUser principal(long userId) {
        return new FactlineUser(users.findById(userId).orElseThrow());
    }

    /** Display names by user id, for pages that credit authors and reviewers. */
    public Map<Long, String> displayNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(AppUser::getId, AppUser::getDisplayName));
    }

    public long count() {
        return users.count();
    }

    private static String oneTimePassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

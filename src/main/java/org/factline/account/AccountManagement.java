package org.factline.account;

import java.security.SecureRandom;
import java.time.Clock;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
    private final PasswordRule passwordRule;
    private final AccountSessions sessions;
    private final AccountEvents events;
    private final Clock clock;

    AccountManagement(
            AppUsers users,
            PasswordEncoder passwordEncoder,
            AdminProperties admin,
            PasswordRule passwordRule,
            AccountSessions sessions,
            AccountEvents events,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.admin = admin;
        this.passwordRule = passwordRule;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public AppUser createUser(String email, String displayName, String rawPassword, Set<Role> roles) {
        return users.saveAndFlush(
                new AppUser(email.trim(), displayName.trim(), passwordEncoder.encode(rawPassword), roles));
    }

    /**
     * An account whose first password was chosen by an admin: its owner must replace it at first sign-in.
     * Refused on {@code email} when it is taken, on {@code initialPassword} when {@link PasswordRule} refuses it.
     */
    @Transactional
    public AppUser invite(String email, String displayName, String initialPassword, Set<Role> roles, long adminId) {
        if (users.findByEmail(email.trim()).isPresent()) {
            throw WorkflowException.onField("email", "account.error.emailTaken");
        }
        requireGoodPassword("initialPassword", initialPassword, email);
        var user = createUser(email, displayName, initialPassword, roles);
        user.changePassword(user.getPasswordHash(), true);
        record(new AccountEvent(AccountEventKind.ACCOUNT_CREATED, clock.instant(), adminId, user.getId(), null, null)
                .roles(Set.of(), roles));
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

    /**
     * Changes a password after checking the current one; clears a pending forced change and ends the
     * person's other sessions ({@code currentSessionId}, the one they changed it in, stays). Refused on
     * {@code currentPassword} when it is wrong, on {@code newPassword} when {@link PasswordRule} refuses it.
     */
    @Transactional
    public void changePassword(long userId, String currentPassword, String newPassword, String currentSessionId) {
        var user = users.findById(userId).orElseThrow(() -> new WorkflowException("account.error.notFound"));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw WorkflowException.onField("currentPassword", "account.error.wrongPassword");
        }
        requireGoodPassword("newPassword", newPassword, user.getEmail());
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw WorkflowException.onField("newPassword", "account.error.samePassword");
        }
        user.changePassword(passwordEncoder.encode(newPassword), false);
        record(new AccountEvent(AccountEventKind.PASSWORD_CHANGED, clock.instant(), userId, userId, null, null));
        sessions.endAfterCommit(user.getEmail(), currentSessionId);
    }

    /**
     * An admin gives someone a new one-time password, which they replace at their next sign-in; every
     * session of theirs ends. Not for one's own account (that is the password page).
     */
    @Transactional
    public void resetPassword(long userId, String oneTimePassword, long adminId) {
        var user = existing(userId);
        if (userId == adminId) {
            throw WorkflowException.onField("password", "account.error.resetSelf");
        }
        requireGoodPassword("password", oneTimePassword, user.getEmail());
        user.changePassword(passwordEncoder.encode(oneTimePassword), true);
        record(new AccountEvent(AccountEventKind.PASSWORD_RESET, clock.instant(), adminId, userId, null, null));
        sessions.endAfterCommit(user.getEmail(), null);
    }

    /** Lets someone sign in again, or not; disabling ends every session of theirs at once. */
    @Transactional
    public void setEnabled(long userId, boolean enabled, long adminId) {
        var user = existing(userId);
        if (userId == adminId && !enabled) {
            throw new WorkflowException("account.error.disableSelf");
        }
        if (user.isEnabled() == enabled) {
            return;
        }
        user.setEnabled(enabled);
        var kind = enabled ? AccountEventKind.ACCOUNT_ENABLED : AccountEventKind.ACCOUNT_DISABLED;
        record(new AccountEvent(kind, clock.instant(), adminId, userId, null, null));
        if (!enabled) {
            sessions.endAfterCommit(user.getEmail(), null);
        }
    }

    /**
     * Gives someone these roles. Taking one away ends their sessions at once (a session holds the roles it
     * signed in with); a role added counts from their next sign-in. An admin keeps their own admin role.
     */
    @Transactional
    public void setRoles(long userId, Set<Role> roles, long adminId) {
        var user = existing(userId);
        if (roles == null || roles.isEmpty()) {
            throw WorkflowException.onField("roles", "validation.chooseOne");
        }
        if (userId == adminId && !roles.contains(Role.ADMIN)) {
            throw WorkflowException.onField("roles", "account.error.ownAdminRole");
        }
        var before = user.getRoles();
        if (before.equals(roles)) {
            return;
        }
        user.setRoles(roles);
        record(new AccountEvent(AccountEventKind.ROLES_CHANGED, clock.instant(), adminId, userId, null, null)
                .roles(before, roles));
        if (!roles.containsAll(before)) {
            sessions.endAfterCommit(user.getEmail(), null);
        }
    }

    /** The account audit log, newest first. */
    public Page<AccountEvent> auditLog(int page, int size) {
        return events.findAll(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
    }

    /** Records a sign-in, a failed one or one refused by the throttle, with the e-mail and address it came from. */
    @Transactional
    public void recordSignIn(AccountEventKind kind, String email, String address) {
        var user = email == null ? Optional.<AppUser>empty() : users.findByTypedEmail(email.strip());
        record(new AccountEvent(
                kind, clock.instant(), null, user.map(AppUser::getId).orElse(null), email, address));
    }

    private void record(AccountEvent event) {
        events.save(event);
    }

    private void requireGoodPassword(String field, String password, String email) {
        passwordRule.problem(password, email).ifPresent(problem -> {
            throw WorkflowException.onField(field, problem);
        });
    }

    private AppUser existing(long userId) {
        return users.findById(userId).orElseThrow(() -> new WorkflowException("account.error.notFound"));
    }

    public Optional<AppUser> findByEmail(String email) {
        return users.findByTypedEmail(email);
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

package org.factline.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account module's API: people who sign in to Factline. */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;

    AccountManagement(AppUsers users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public AppUser createUser(String email, String displayName, String rawPassword, Set<Role> roles) {
        return users.save(new AppUser(email.trim(), displayName.trim(), passwordEncoder.encode(rawPassword), roles));
    }

    public Optional<AppUser> findByEmail(String email) {
        return users.findByEmail(email);
    }

    public Optional<AppUser> findById(long id) {
        return users.findById(id);
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
}

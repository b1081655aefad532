package org.factline.desk;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.account.AccountManagement;
import org.factline.account.AppUser;
import org.factline.account.Role;
import org.springframework.stereotype.Component;

/**
 * The people a claim can be assigned to: reporters and editors whose account is active, by name. From a
 * template: {@code ${@colleagues.all()}}.
 */
@Component("colleagues")
public class Colleagues {

    /** A colleague as the assignment choices show them. */
    public record Colleague(long id, String name) {}

    private final AccountManagement accounts;

    Colleagues(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** Everyone who can be given work, by name. */
    public List<Colleague> all() {
        return accounts.all().stream()
                .filter(Colleagues::mayBeAssigned)
                .map(user -> new Colleague(user.getId(), user.getDisplayName()))
                .toList();
    }

    Set<Long> ids() {
        return all().stream().map(Colleague::id).collect(Collectors.toSet());
    }

    /** The colleague with this id, if work can be given to them. */
    Optional<Colleague> find(long id) {
        return accounts.findById(id)
                .filter(Colleagues::mayBeAssigned)
                .map(user -> new Colleague(user.getId(), user.getDisplayName()));
    }

    /** Names by id of whoever the claims are assigned to (disabled accounts too: the record says who it was). */
    Map<Long, String> names(Collection<Long> ids) {
        return accounts.displayNames(
                ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
    }

    private static boolean mayBeAssigned(AppUser user) {
        return user.isEnabled()
                && (user.getRoles().contains(Role.REPORTER) || user.getRoles().contains(Role.EDITOR));
    }
}

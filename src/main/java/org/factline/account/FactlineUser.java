package org.factline.account;

import java.util.List;
import org.factline.shared.Auditor;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in person: Spring Security's user plus what pages and the revision history need. */
public class FactlineUser extends User implements Auditor {

    private final long userId;
    private final String displayName;
    private final boolean passwordChangeRequired;

    FactlineUser(AppUser user) {
        super(
                user.getEmail(),
                user.getPasswordHash(),
                user.isEnabled(),
                true,
                true,
                true,
                user.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList());
        this.userId = user.getId();
        this.displayName = user.getDisplayName();
        this.passwordChangeRequired = user.isPasswordChangeRequired();
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().contains(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    public List<String> roleNames() {
        return getAuthorities().stream()
                .map(a -> a.getAuthority().substring("ROLE_".length()))
                .toList();
    }
}

package org.factline;

import java.util.function.Supplier;
import org.factline.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a step as someone signed in with a role, as the desk's requests do, for services that check it. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(Role role, Supplier<T> step) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package org.factline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute lifetime of a sign-in: a session older than {@link DeskSessionProperties#sessionLifetime()}
 * ends at its next request, however active it was, and the request goes on as anyone's (the desk then asks
 * to sign in; a form posted is held, as after an idle timeout). A session starts at sign-in (the sign-in
 * makes a new one), so its creation time is when its owner signed in.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final DeskSessionProperties properties;
    private final Clock clock;

    SessionLifetimeFilter(DeskSessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null
                && clock.millis() - session.getCreationTime()
                        >= properties.sessionLifetime().toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}

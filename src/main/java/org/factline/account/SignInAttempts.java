package org.factline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form's way through {@link SignInThrottle} and into the audit log: a sign-in posted while its
 * e-mail or address must wait is not tried at all (even with the right password) and answered with how
 * long to wait; a failure is counted and answered "wrong e-mail or password" (or, once it has to wait, with
 * the wait), the same for an e-mail nobody signs in with; a success clears the e-mail's count.
 */
class SignInAttempts extends OncePerRequestFilter implements AuthenticationFailureHandler {

    static final String LOGIN = "/login";

    private final SignInThrottle throttle;
    private final AccountManagement accounts;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    SignInAttempts(SignInThrottle throttle, AccountManagement accounts) {
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + LOGIN).equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("username");
        var wait = throttle.waitBefore(email, request.getRemoteAddr());
        if (wait.isPresent()) {
            accounts.recordSignIn(AccountEventKind.SIGN_IN_THROTTLED, email, request.getRemoteAddr());
            redirect.sendRedirect(request, response, waitPage(wait.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var email = request.getParameter("username");
        throttle.failed(email, request.getRemoteAddr());
        accounts.recordSignIn(AccountEventKind.SIGN_IN_FAILED, email, request.getRemoteAddr());
        var wait = throttle.waitBefore(email, request.getRemoteAddr());
        redirect.sendRedirect(
                request, response, wait.map(SignInAttempts::waitPage).orElse(LOGIN + "?error"));
    }

    void succeeded(HttpServletRequest request, Authentication authentication) {
        throttle.succeeded(authentication.getName());
        accounts.recordSignIn(AccountEventKind.SIGNED_IN, authentication.getName(), request.getRemoteAddr());
    }

    /** The sign-in page saying how long to wait, in whole seconds (at least one). */
    private static String waitPage(Duration wait) {
        return LOGIN + "?wait=" + Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

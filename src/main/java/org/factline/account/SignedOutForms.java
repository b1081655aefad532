package org.factline.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A form posted after its session ended no longer carries a CSRF token the server knows, and Spring
 * Security refuses it. Instead of a bare 403, its fields are held ({@link HeldForms}) under a key kept in
 * the browser's cookie, and the editor is sent to sign in, told why; once signed in they are taken back
 * to the page the form was on, filled in as they left it ({@link HeldFormRestorer}). Someone still
 * signed in whose token was stale (signed in again in another tab) goes straight back to the form.
 *
 * <p>Only forms posted from one of our own pages are held ({@code Sec-Fetch-Site} or {@code Origin}):
 * another site must not be able to plant a filled-in form for an editor to save.
 */
@Component
class SignedOutForms implements AccessDeniedHandler {

    static final String COOKIE = "factline-held";
    static final String RESTORE = "restore";
    static final String SIGNED_OUT_PAGE = "/login?signedOut";
    static final String EXPIRED_SIGN_IN_PAGE = "/login?expired";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HeldForms held;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

    SignedOutForms(
            HeldForms held,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.held = held;
        this.mappings = mappings;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || !"POST".equals(request.getMethod())) {
            refuse.handle(request, response, denied);
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var owner = signedIn();
        if (path.equals("/login")) {
            // the sign-in page was left open longer than its session lasted
            redirect(request, response, EXPIRED_SIGN_IN_PAGE);
            return;
        }
        if (path.equals("/logout") && owner == null) {
            redirect(request, response, "/login?logout");
            return;
        }
        if (!isEditorial(path) || !fromOurPage(request) || !isForm(request)) {
            refuse.handle(request, response, denied);
            return;
        }
        var key = browserKey(request).orElseGet(SignedOutForms::newKey);
        var form = held.hold(key, owner, page(request, path), request.getParameterMap());
        if (form.isEmpty()) {
            refuse.handle(request, response, denied);
            return;
        }
        var cookie = new Cookie(COOKIE, key);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) HeldForms.KEPT.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        redirect(request, response, owner == null ? SIGNED_OUT_PAGE : restoring(form.get()));
    }

    /** Where someone who has just signed in goes: back to a form this browser posted while signed out. */
    Optional<String> afterSignIn(HttpServletRequest request, String owner) {
        return browserKey(request).flatMap(key -> held.claim(key, owner)).map(SignedOutForms::restoring);
    }

    private static String restoring(HeldForms.Held form) {
        return UriComponentsBuilder.fromUriString(form.page())
                .replaceQueryParam(RESTORE, form.id())
                .build()
                .toUriString();
    }

    private static String signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || authentication instanceof AnonymousAuthenticationToken
                ? null
                : authentication.getName();
    }

    /** Forms of the signed-in areas; readers' forms (reporting an error) have nobody to sign in. */
    private static boolean isEditorial(String path) {
        return path.startsWith("/desk/") || path.startsWith("/admin/") || path.startsWith("/account/");
    }

    private static boolean fromOurPage(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && sameHost(origin, request);
    }

    private static boolean sameHost(String url, HttpServletRequest request) {
        try {
            var uri = URI.create(url);
            var host = request.getHeader(HttpHeaders.HOST);
            return uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(
                            MediaType.parseMediaType(request.getContentType()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The page the form was on (the referring page of ours), else the nearest page above the form's
     * address: {@code /desk/claims/8/verdicts} was posted from {@code /desk/claims/8}.
     */
    private String page(HttpServletRequest request, String action) {
        var page = action;
        var referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null && sameHost(referer, request)) {
            var uri = UriComponentsBuilder.fromUriString(referer)
                    .replaceQueryParam(RESTORE)
                    .fragment(null)
                    .build();
            var path = uri.getPath();
            if (path != null && path.startsWith(request.getContextPath() + "/")) {
                var query = uri.getQuery();
                page = path.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
            }
        }
        var path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
        while (!hasPage(path) && path.lastIndexOf('/') > 0) {
            path = path.substring(0, path.lastIndexOf('/'));
            page = path;
        }
        return page.startsWith("//") ? "/desk" : page;
    }

    /** Whether a GET of the path reaches a page (any controller's, by its route). */
    private boolean hasPage(String path) {
        var mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return true;
        }
        var container = PathContainer.parsePath(path);
        return mapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition()
                                .getMethods()
                                .contains(org.springframework.web.bind.annotation.RequestMethod.GET))
                .filter(info -> info.getPathPatternsCondition() != null)
                .anyMatch(info -> info.getPathPatternsCondition().getPatterns().stream()
                        .anyMatch(pattern -> pattern.matches(container)));
    }

    private static Optional<String> browserKey(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies())
                .flatMap(cookies -> Arrays.stream(cookies)
                        .filter(cookie -> cookie.getName().equals(COOKIE)
                                && cookie.getValue().length() == 43)
                        .map(Cookie::getValue)
                        .findFirst());
    }

    private static String newKey() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        var location = request.getContextPath() + page;
        if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx would follow a redirect inside the page it is swapping: ask for a page load instead
            response.setHeader("HX-Redirect", location);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(location);
    }
}

package org.factline.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.factline.shared.LanguageAddresses;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each language version of a reader's page its own address ({@link LanguageAddresses}): English at
 * the bare path, Indonesian under {@code /id}.
 *
 * <ul>
 *   <li>{@code /id/claims/12-…} is handled as {@code /claims/12-…} in Indonesian: the handlers, the security
 *       rules and the page cache see the language-free path, and the page's language in the locale (the
 *       cache keeps the two versions apart by it). Redirects from such a page stay in Indonesian.
 *   <li>The bare path is the {@code x-default}: a reader who chose Indonesian with the language switch (a
 *       cookie) or, having chosen nothing, whose browser prefers it ({@code Accept-Language} by q-value) is
 *       sent to the Indonesian address (302, varying on both); everyone else gets the English page there.
 *   <li>{@code ?lang=id} or {@code ?lang=en} (the language switch, and every old link) remembers the choice
 *       and answers 301 with the address in that language; any other value is dropped.
 * </ul>
 *
 * The request attribute {@value #PREFIX_ATTRIBUTE} holds the prefix of the page's language ({@code ""} or
 * {@code "/id"}), with which templates write links that stay in the page's language.
 */
class LanguageAddressFilter extends OncePerRequestFilter {

    /** The page's language as a {@link Locale}, read by the locale resolver. */
    static final String LANGUAGE_ATTRIBUTE = LanguageAddressFilter.class.getName() + ".language";

    /** What the page's links to other reader pages start with: {@code ""} or {@code "/id"}. */
    static final String PREFIX_ATTRIBUTE = "languagePrefix";

    private static final String PARAMETER = "lang";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contextPath = request.getContextPath();
        var uri = request.getRequestURI().substring(contextPath.length());
        String language = null;
        var path = uri;
        for (var other : LanguageAddresses.LANGUAGES.subList(1, LanguageAddresses.LANGUAGES.size())) {
            var prefix = LanguageAddresses.prefix(other);
            if (uri.equals(prefix) && reading(request)) {
                redirect(response, HttpServletResponse.SC_MOVED_PERMANENTLY, contextPath + prefix + "/", request);
                return;
            }
            if (uri.startsWith(prefix + "/")) {
                language = other;
                path = uri.substring(prefix.length());
            }
        }
        if (!LanguageAddresses.perLanguage(path)) {
            // the desk, static files, exports: one address, in the language chosen or negotiated
            request.setAttribute(PREFIX_ATTRIBUTE, "");
            chain.doFilter(request, response);
            return;
        }
        if (reading(request) && request.getParameter(PARAMETER) != null) {
            var chosen = LanguageAddresses.supported(request.getParameter(PARAMETER));
            if (chosen != null) {
                Languages.remember(chosen, request, response);
            }
            var target = LanguageAddresses.of(chosen != null ? chosen : language, path);
            redirect(response, HttpServletResponse.SC_MOVED_PERMANENTLY, contextPath + target, request);
            return;
        }
        if (language == null) {
            var preferred = reading(request) ? Languages.preferred(request) : LanguageAddresses.DEFAULT;
            if (!preferred.equals(LanguageAddresses.DEFAULT)) {
                response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
                redirect(
                        response,
                        HttpServletResponse.SC_FOUND,
                        contextPath + LanguageAddresses.of(preferred, path),
                        request);
                return;
            }
            language = LanguageAddresses.DEFAULT;
        }
        request.setAttribute(LANGUAGE_ATTRIBUTE, Locale.forLanguageTag(language));
        request.setAttribute(PREFIX_ATTRIBUTE, LanguageAddresses.prefix(language));
        if (language.equals(LanguageAddresses.DEFAULT)) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(new LanguageFreeRequest(request, contextPath + path), new InLanguage(response, language));
        }
    }

    private static boolean reading(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** Redirects to {@code target} with the request's query, less any {@code lang} parameter. */
    private static void redirect(HttpServletResponse response, int status, String target, HttpServletRequest request) {
        var query = withoutLanguage(request.getQueryString());
        response.setStatus(status);
        // the choice is written with the redirect: no browser should answer it from its cache instead
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.LOCATION, query.isEmpty() ? target : target + "?" + query);
    }

    private static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        var kept = new StringBuilder();
        for (var pair : query.split("&")) {
            var name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (!name.equals(PARAMETER) && !pair.isEmpty()) {
                kept.append(kept.isEmpty() ? "" : "&").append(pair);
            }
        }
        return kept.toString();
    }

    /** The request as it would be at the language-free path. */
    private static final class LanguageFreeRequest extends HttpServletRequestWrapper {

        private final String uri;

        LanguageFreeRequest(HttpServletRequest request, String uri) {
            super(request);
            this.uri = uri;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public StringBuffer getRequestURL() {
            var url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (port > 0
                    && !(port == 80 && "http".equals(getScheme()))
                    && !(port == 443 && "https".equals(getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(uri);
        }

        @Override
        public String getServletPath() {
            return uri.substring(getContextPath().length());
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }

    /** Keeps redirects from a page in its language: a local reader path gets the language's prefix. */
    private static final class InLanguage extends HttpServletResponseWrapper {

        private final String language;

        InLanguage(HttpServletResponse response, String language) {
            super(response);
            this.language = language;
        }

        private String localised(String location) {
            if (location == null || !location.startsWith("/") || location.startsWith("//")) {
                return location;
            }
            var prefix = LanguageAddresses.prefix(language);
            if (location.equals(prefix) || location.startsWith(prefix + "/")) {
                return location;
            }
            int end = location.length();
            for (var mark : new char[] {'?', '#'}) {
                int at = location.indexOf(mark);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            return LanguageAddresses.perLanguage(location.substring(0, end))
                    ? LanguageAddresses.of(language, location)
                    : location;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return super.encodeRedirectURL(localised(url));
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(localised(location));
        }

        @Override
        public void sendRedirect(String location, int status) throws IOException {
            super.sendRedirect(localised(location), status);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(localised(location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
            super.sendRedirect(localised(location), status, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? localised(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? localised(value) : value);
        }
    }
}

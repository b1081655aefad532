package org.factline.timeline;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from rendered bytes while the public content version is unchanged, and answers
 * conditional requests ({@code If-None-Match}, {@code If-Modified-Since}) with 304. Signed-in users,
 * readers with a session (a flash message after reporting an error) and language switches always get
 * a freshly rendered page and never fill the cache.
 */
class PageCache extends OncePerRequestFilter {

    static final Pattern PUBLIC_PATHS = Pattern.compile(
            "^/(|claims/\\d+-[a-z0-9-]+|speakers/[a-z0-9-]+(/feed\\.atom)?|topics/[a-z0-9-]+(/feed\\.atom)?|search"
                    + "|feed\\.atom|sitemap[a-z0-9-]*\\.xml|robots\\.txt|methodology|corrections)$");

    /** Rendered bytes kept per instance; when full the cache starts over (simple and never unbounded). */
    private static final long MAX_BYTES = 96L * 1024 * 1024;

    private static final int MAX_KEY_LENGTH = 600;

    record Entry(long version, Instant lastModified, String etag, String contentType, byte[] body) {}

    private final PublicContentVersion versions;
    private final LocaleResolver locales;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    PageCache(PublicContentVersion versions, LocaleResolver locales) {
        this.versions = versions;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        var key = key(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PublicContentVersion.Version version;
        try {
            version = versions.current();
        } catch (IllegalStateException e) {
            // the database is unreachable: render as usual and let the error pages speak
            chain.doFilter(request, response);
            return;
        }
        var entry = entries.get(key);
        if (entry != null && entry.version() == version.number()) {
            send(entry, request, response);
            return;
        }
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        var contentType = wrapper.getContentType();
        if (wrapper.getStatus() != 200 || contentType == null || wrapper.containsHeader(HttpHeaders.LOCATION)) {
            wrapper.copyBodyToResponse();
            return;
        }
        var body = wrapper.getContentAsByteArray();
        var fresh = new Entry(
                version.number(), version.changedAt().truncatedTo(ChronoUnit.SECONDS), etag(body), contentType, body);
        if (bytes.addAndGet(body.length) > MAX_BYTES) {
            clear();
            bytes.addAndGet(body.length);
        }
        entries.put(key, fresh);
        wrapper.resetBuffer();
        send(fresh, request, wrapper);
        wrapper.copyBodyToResponse();
    }

    /** Forgets every rendered page of this instance (tests; other instances notice the version instead). */
    void clear() {
        entries.clear();
        bytes.set(0);
    }

    private boolean cacheable(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && request.getUserPrincipal() == null
                && request.getSession(false) == null
                && request.getParameter("lang") == null
                && PUBLIC_PATHS.matcher(request.getRequestURI()).matches();
    }

    /** Language, path and parameters (as the application reads them, whatever their order or encoding). */
    private String key(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        var key = new StringBuilder(locale.getLanguage()).append(' ').append(request.getRequestURI());
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (var value : values) {
                key.append('\u0000').append(name).append('=').append(value);
            }
        });
        return key.length() > MAX_KEY_LENGTH ? null : key.toString();
    }

    private static void send(Entry entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setHeader(HttpHeaders.LAST_MODIFIED, httpDate(entry.lastModified()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        if (notModified(entry, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    private static boolean notModified(Entry entry, HttpServletRequest request) {
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (var tag : ifNoneMatch.split(",")) {
                var trimmed = tag.trim();
                if (trimmed.equals(entry.etag()) || trimmed.equals("W/" + entry.etag()) || trimmed.equals("*")) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && !entry.lastModified().isAfter(Instant.ofEpochMilli(since));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String etag(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}

package org.factline.publishing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages from rendered bytes while nothing they show has changed, and answers conditional
 * requests ({@code If-None-Match}, {@code If-Modified-Since}) with 304. Signed-in users, readers with a
 * session (a flash message after reporting an error) and language switches always get a freshly
 * rendered page and never fill the cache.
 *
 * <p>Which requests are public pages is declared by their handlers ({@link PublicPage}), read once into
 * {@link PublicPageRoutes}. A handler names what its page shows ({@link PageScopes#shows}): a claim page
 * its claim, speaker and topics. Such a page stays cached until a change reaches one of them; a page that
 * names nothing (home, search, feeds, sitemap) is dropped at any change. Pages are kept deflated
 * ({@link DeflatedPage}), up to a size in bytes, the least wanted going first; gzip-capable readers get
 * the stored bytes as they are.
 *
 * <p>HEAD is answered as GET is (RFC 9110 9.3.2), from the same cached page with the same validators and
 * 304s, only without the body; a HEAD for a page not yet cached renders it as GET would and keeps it.
 *
 * <p>Behind this instance's memory, {@linkplain PublicPage#stored stored} pages (claim, speaker and topic
 * pages and feeds) are also kept in the database ({@link PageStore}): a page missing here is looked up
 * there before it is rendered, and a rendered one is written there for the other instances and the next
 * start. The prerenderer's requests skip memory: they render a page for the database only.
 */
class PageCache extends OncePerRequestFilter {

    /** Marks the prerenderer's requests ({@link PagePrerenderer}), with a value known only to this process. */
    static final String PRERENDER_HEADER = "X-Factline-Prerender";

    private static final int MAX_KEY_LENGTH = 600;

    /** RFC 9110's IMF-fixdate, the one form a sender may use: always two digits for the day. */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Bytes an entry costs beyond its body and key: the entry, its strings and the cache's node. */
    private static final int ENTRY_OVERHEAD = 400;

    /**
     * A rendered page.
     *
     * @param version the public content version read before it was rendered
     * @param scopes what it shows, {@code null} for everything
     * @param status 200, or 410 for a page that tells readers its content was withdrawn (a retracted claim)
     */
    record Entry(
            long version,
            Set<String> scopes,
            Instant lastModified,
            String etag,
            String contentType,
            DeflatedPage body,
            int status) {

        /** A page answered with 200, as every page kept in the database is. */
        Entry(
                long version,
                Set<String> scopes,
                Instant lastModified,
                String etag,
                String contentType,
                DeflatedPage body) {
            this(version, scopes, lastModified, etag, contentType, body, HttpServletResponse.SC_OK);
        }

        boolean gone() {
            return status == HttpServletResponse.SC_GONE;
        }

        int weight(String key) {
            int scopeBytes = scopes == null
                    ? 0
                    : scopes.stream().mapToInt(scope -> 48 + scope.length()).sum();
            return body.size() + 2 * key.length() + scopeBytes + ENTRY_OVERHEAD;
        }
    }

    private final PublicContentVersion versions;
    private final PageStore store;
    private final PublicPageRoutes routes;
    private final LocaleResolver locales;
    private final String prerenderToken = UUID.randomUUID().toString();
    private final Cache<String, Entry> entries;
    private final Cache<Entry, byte[]> inflated;
    private final LongAdder hits = new LongAdder();
    private final LongAdder storedHits = new LongAdder();
    private final LongAdder uncheckedHits = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final Semaphore renderPermits;

    /**
     * @param renderConcurrency how many pages may render at once; more requests wait for a permit while
     *     cached pages go on being served. On two cores, uncached claim pages at -c64: 106 and 132 a
     *     second with no limit, 169-225 with 4 to 16 renders at once (threads contend for the CPU and
     *     for ten database connections).
     */
    PageCache(
            PublicContentVersion versions,
            PageStore store,
            PublicPageRoutes routes,
            LocaleResolver locales,
            DataSize size,
            int renderConcurrency) {
        this.versions = versions;
        this.store = store;
        this.routes = routes;
        this.locales = locales;
        this.renderPermits = new Semaphore(renderConcurrency, true);
        this.entries = Caffeine.newBuilder()
                .maximumWeight(size.toBytes())
                .weigher((String key, Entry entry) -> entry.weight(key))
                .build();
        // the most requested pages also inflated, for readers without gzip (inflating costs a hot page half
        // its rate); weak keys, so a page leaves with its entry
        this.inflated = Caffeine.newBuilder()
                .weakKeys()
                .maximumWeight(Math.max(1, size.toBytes() / 16))
                .weigher((Entry entry, byte[] body) -> body.length)
                .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var route = cacheable(request) ? routes.find(request) : null;
        if (route == null) {
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
            // the database is unreachable: what this instance holds is the best readers can get (no change can
            // commit meanwhile); anything else renders as usual, and the error pages say the database is away
            if (!prerenderToken.equals(request.getHeader(PRERENDER_HEADER)) && sendUnchecked(key, request, response)) {
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        boolean prerender = prerenderToken.equals(request.getHeader(PRERENDER_HEADER));
        if (!prerender && (sendCached(key, request, response) || sendStored(route, key, request, response))) {
            return;
        }
        if (!renderPermits.tryAcquire()) {
            try {
                renderPermits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServletException("Interrupted while waiting to render " + request.getRequestURI(), e);
            }
            // while this request waited, another may have rendered the same page (a stampede after a change)
            if (!prerender && sendCached(key, request, response)) {
                renderPermits.release();
                return;
            }
        }
        try {
            renderAndKeep(key, version, request, response, chain, route, prerender);
        } finally {
            renderPermits.release();
        }
    }

    private boolean sendCached(String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var entry = entries.getIfPresent(key);
        if (entry == null || !versions.unchangedSince(entry.version(), entry.scopes())) {
            return false;
        }
        hits.increment();
        send(entry, null, request, response);
        return true;
    }

    /** Sends the page held in memory without checking it against the database, which cannot be reached. */
    private boolean sendUnchecked(String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var entry = entries.getIfPresent(key);
        if (entry == null) {
            return false;
        }
        uncheckedHits.increment();
        send(entry, null, request, response);
        return true;
    }

    /** Sends the page kept in the database, and keeps it in memory too. */
    private boolean sendStored(
            PublicPageRoutes.Route route, String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!route.stored() || !PageStore.withoutParameters(key)) {
            return false;
        }
        Optional<Entry> stored;
        try {
            stored = store.find(key);
        } catch (DataAccessException e) {
            return false;
        }
        if (stored.isEmpty()) {
            return false;
        }
        entries.put(key, stored.get());
        storedHits.increment();
        send(stored.get(), null, request, response);
        return true;
    }

    private void renderAndKeep(
            String key,
            PublicContentVersion.Version version,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            PublicPageRoutes.Route route,
            boolean prerender)
            throws ServletException, IOException {
        renders.increment();
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(head(request) ? asGet(request) : request, wrapper);
        var contentType = wrapper.getContentType();
        int status = wrapper.getStatus();
        boolean keepable = status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_GONE;
        if (!keepable || contentType == null || wrapper.containsHeader(HttpHeaders.LOCATION)) {
            wrapper.copyBodyToResponse();
            return;
        }
        var body = wrapper.getContentAsByteArray();
        var scopes = PageScopes.shownBy(request);
        var fresh = new Entry(
                version.number(),
                scopes,
                version.changedAt().truncatedTo(ChronoUnit.SECONDS),
                etag(body),
                contentType,
                DeflatedPage.of(body),
                status);
        // a page that is gone (a retraction's notice) is kept in memory with its status, not in the database
        boolean storable = route.stored() && !fresh.gone();
        if (prerender) {
            if (storable) {
                store.keep(key, fresh);
            }
        } else {
            entries.put(key, fresh);
            if (storable && PageStore.keeps(key, scopes)) {
                store.keepLater(key, fresh);
            }
        }
        wrapper.resetBuffer();
        if (head(request)) {
            // the wrapper would drop a Content-Length set without a body: answer on the response itself
            send(fresh, body, request, response);
            return;
        }
        send(fresh, body, request, wrapper);
        wrapper.copyBodyToResponse();
    }

    private static boolean head(HttpServletRequest request) {
        return "HEAD".equals(request.getMethod());
    }

    /** A HEAD request as the GET it stands for, so the page renders whole and can be kept. */
    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    /** Requests answered from a cached page. */
    long hits() {
        return hits.sum();
    }

    /** Requests answered from a page kept in the database, not (or no longer) in this instance's memory. */
    long storedHits() {
        return storedHits.sum();
    }

    /** Requests answered from memory while the database could not be reached to check the page. */
    long uncheckedHits() {
        return uncheckedHits.sum();
    }

    /** The value of {@link #PRERENDER_HEADER} that marks this process's own prerender requests. */
    String prerenderToken() {
        return prerenderToken;
    }

    /** Requests for a cacheable page that had to be rendered (not cached, or changed since). */
    long renders() {
        return renders.sum();
    }

    /** Forgets every rendered page, in memory and in the database (tests). */
    void clear() {
        store.clear();
        forgetMemory();
    }

    /** Forgets the pages held in this instance's memory, as a restart would (tests). */
    void forgetMemory() {
        entries.invalidateAll();
        inflated.invalidateAll();
    }

    private boolean cacheable(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || head(request))
                && request.getUserPrincipal() == null
                && request.getSession(false) == null
                && request.getParameter("lang") == null;
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

    /** Sends a cached page; {@code rendered} is its body when it has just been rendered, else null. */
    private void send(Entry entry, byte[] rendered, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = acceptsGzip(request);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Accept-Encoding, Cookie");
        // conditions apply to 200 pages only (RFC 9110 13.2.1): a page that is gone is sent whole, as gone
        if (!entry.gone()) {
            // the two encodings are two representations: each has its own strong validator
            response.setHeader(HttpHeaders.ETAG, gzip ? gzipEtag(entry.etag()) : entry.etag());
            response.setHeader(HttpHeaders.LAST_MODIFIED, httpDate(entry.lastModified()));
            if (notModified(entry, request)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setStatus(entry.status());
        response.setContentType(entry.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(entry.body().gzipLength());
            if (!head(request)) {
                entry.body().writeGzip(response.getOutputStream());
            }
        } else {
            var body = rendered != null
                    ? rendered
                    : inflated.get(entry, page -> page.body().inflate());
            response.setContentLength(body.length);
            if (!head(request)) {
                response.getOutputStream().write(body);
            }
        }
    }

    /** Whether the reader takes gzip: named in Accept-Encoding (or as *) and not with q=0. */
    static boolean acceptsGzip(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (header == null) {
            return false;
        }
        for (var coding : header.split(",")) {
            var parts = coding.trim().split(";");
            var name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (!name.equals("gzip") && !name.equals("x-gzip") && !name.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                var parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(parameter.substring(2)) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (!refused) {
                return true;
            }
        }
        return false;
    }

    private static String gzipEtag(String etag) {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    private static boolean notModified(Entry entry, HttpServletRequest request) {
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (var tag : ifNoneMatch.split(",")) {
                var trimmed = tag.trim();
                if (trimmed.startsWith("W/")) {
                    trimmed = trimmed.substring(2);
                }
                if (trimmed.equals(entry.etag()) || trimmed.equals(gzipEtag(entry.etag())) || trimmed.equals("*")) {
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

    /** {@code Wed, 02 Dec 2026 10:15:30 GMT}; Java's RFC 1123 format writes the day without its zero. */
    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }
}

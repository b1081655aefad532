package org.factline.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rendered public pages kept in PostgreSQL ({@code rendered_page}), behind each instance's memory cache:
 * shared by the instances of one database and kept across restarts, so that a page is rendered once per
 * change rather than once per instance and start.
 *
 * <p>A stored page is always current. A change deletes the pages it reaches in its own transaction
 * ({@link PublicContentVersion#bump}), and a page is written only if no change reached it after the
 * version it was rendered at. The write holds a share lock on the version row, which every change
 * updates: a change committing meanwhile is either seen by the write (which then keeps nothing) or
 * waits for it (and then deletes what it wrote).
 *
 * <p>Rows belong to a generation, a digest of what shapes a page (templates, messages, styles and
 * classes), so that a new build never serves pages rendered by an old one. Only pages that name what
 * they show and have no query parameters are kept; listings and search results stay in memory.
 */
@Component
class PageStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PageStore.class);

    /** What a page is made of; their contents make the generation. */
    private static final List<String> PAGE_MAKERS = List.of(
            "classpath*:templates/**/*.html",
            "classpath*:messages*.properties",
            "classpath*:static/**/*.*",
            "classpath*:org/factline/**/*.class");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String generation;
    private final ThreadPoolExecutor writer;

    PageStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.generation = digestOfPageMakers();
        // pages rendered for readers are written after their response, one at a time; when writes fall
        // behind (a burst of renders), the surplus is dropped: the page renders again when next wanted
        this.writer = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1_000),
                runnable -> {
                    var thread = new Thread(runnable, "page-store-writer");
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.DiscardPolicy());
    }

    String generation() {
        return generation;
    }

    /** Whether a page with this key may be kept here: no query parameters (see {@link PageCache}). */
    static boolean keeps(String key, Set<String> scopes) {
        return scopes != null && !scopes.isEmpty() && withoutParameters(key);
    }

    static boolean withoutParameters(String key) {
        return key.indexOf('\u0000') < 0;
    }

    /**
     * The stored page, valid as of the version it comes with (read in the same statement): every change
     * up to that version has deleted what it reached.
     */
    Optional<PageCache.Entry> find(String key) {
        return jdbc.sql("""
                        select v.version, p.scopes, p.last_modified, p.etag, p.content_type, p.body, p.crc, p.length
                        from rendered_page p cross join public_content_version v
                        where p.generation = :generation and p.key = :key and v.id = 1""")
                .param("generation", generation)
                .param("key", key)
                .query((rs, row) -> new PageCache.Entry(
                        rs.getLong(1),
                        Set.of((String[]) rs.getArray(2).getArray()),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        new DeflatedPage(rs.getBytes(6), rs.getInt(7), rs.getInt(8))))
                .optional();
    }

    /** Keeps a page rendered for a reader, soon, on the writer thread. */
    void keepLater(String key, PageCache.Entry entry) {
        writer.execute(() -> {
            try {
                keep(key, entry);
            } catch (DataAccessException e) {
                log.warn("Could not keep the rendered page {}: {}", key, e.getMessage());
            }
        });
    }

    /**
     * Keeps a page unless a change reached it after the version it was rendered at.
     *
     * @return whether it was kept
     */
    boolean keep(String key, PageCache.Entry entry) {
        if (!keeps(key, entry.scopes())) {
            return false;
        }
        var scopes = entry.scopes().toArray(String[]::new);
        Integer written = transactions.execute(status -> {
            jdbc.sql("select version from public_content_version where id = 1 for share")
                    .query(Long.class)
                    .single();
            return jdbc.sql("""
                            insert into rendered_page
                                (generation, key, scopes, etag, content_type, last_modified, body, crc, length)
                            select :generation, :key, :scopes, :etag, :contentType, :lastModified, :body, :crc, :length
                            where not exists (
                                    select from public_content_change c
                                    where c.version > :version and (c.scope = any(:scopes) or c.scope = '*'))
                              -- versions without change rows (pruned) may have reached it too
                              and (select version from public_content_version where id = 1) - :version
                                  = (select count(distinct c.version) from public_content_change c where c.version > :version)
                            on conflict (generation, key) do update set
                                scopes = excluded.scopes, etag = excluded.etag, content_type = excluded.content_type,
                                last_modified = excluded.last_modified, body = excluded.body, crc = excluded.crc,
                                length = excluded.length, rendered_at = now()""")
                    .param("generation", generation)
                    .param("key", key)
                    .param("scopes", scopes)
                    .param("etag", entry.etag())
                    .param("contentType", entry.contentType())
                    .param("lastModified", Timestamp.from(entry.lastModified()))
                    .param("body", entry.body().deflated())
                    .param("crc", entry.body().crc())
                    .param("length", entry.body().length())
                    .param("version", entry.version())
                    .update();
        });
        return written != null && written > 0;
    }

    /** Waits until the pages handed to {@link #keepLater} so far are written (tests). */
    void awaitWrites() {
        try {
            writer.submit(() -> {}).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Stored pages were not written", e);
        }
    }

    /** Deletes the pages of other generations (an earlier build's). */
    int forgetOtherGenerations() {
        return jdbc.sql("delete from rendered_page where generation <> :generation")
                .param("generation", generation)
                .update();
    }

    /** Deletes every stored page (tests). */
    void clear() {
        awaitWrites();
        jdbc.sql("delete from rendered_page").update();
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }

    private static String digestOfPageMakers() {
        try {
            var resolver = new PathMatchingResourcePatternResolver(PageStore.class.getClassLoader());
            var found = new ArrayList<Resource>();
            for (var pattern : PAGE_MAKERS) {
                found.addAll(List.of(resolver.getResources(pattern)));
            }
            found.sort(Comparator.comparing(PageStore::relativeName));
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[16 * 1024];
            for (var resource : found) {
                if (!resource.isReadable()) {
                    continue;
                }
                digest.update(relativeName(resource).getBytes(StandardCharsets.UTF_8));
                try (InputStream in = resource.getInputStream()) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the templates to name this build's pages", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resource's name from its classpath root on (the same in a jar and in target/classes). */
    private static String relativeName(Resource resource) {
        try {
            var url = resource.getURL().toString();
            for (var root : List.of("/templates/", "/static/", "/org/factline/")) {
                int at = url.lastIndexOf(root);
                if (at >= 0) {
                    return url.substring(at);
                }
            }
            return String.valueOf(resource.getFilename());
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }
}

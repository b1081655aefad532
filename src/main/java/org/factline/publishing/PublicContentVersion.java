package org.factline.publishing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.factline.shared.PublicContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of everything readers see, kept in one PostgreSQL row so that every instance sharing the
 * database agrees on it. Changes bump it inside their own transaction; readers ask for the version
 * before serving a cached page.
 *
 * <p>Reading the row on every request would cost a round trip each; instead, concurrent requests share
 * one read, but only a read that <em>started after</em> they arrived. So a page served after an editor's
 * save has returned always reflects that save, on any instance, while a busy instance needs one small
 * query per round trip rather than one per request. The reads go through a connection of their own, so
 * that a pool busy with slow queries (a burst of unusual searches) cannot hold up pages served from
 * the cache.
 *
 * <p>While the database does not answer, callers are told so at once instead of each waiting for a read
 * that will fail: the page cache then serves what it holds, and the reader thread tries again a few times
 * a second until a read succeeds, so nothing needs a restart when the database is back.
 */
@Component
public class PublicContentVersion implements DisposableBean {

    /** A version of everything readers see, and when it was made. */
    public record Version(long number, Instant changedAt) {}

    private static final Logger log = LoggerFactory.getLogger(PublicContentVersion.class);

    /** Changes kept for instances catching up; far more than a newsroom makes between two page requests. */
    private static final long KEPT_CHANGES = 10_000;

    /** How long the reader waits before trying again after a failed read. */
    private static final long RETRY_MILLIS = 250;

    private final JdbcClient jdbc;
    private final List<PublishedPages> pages;
    private final HikariDataSource readerPool;
    private final JdbcClient reads;
    private final Thread reader;
    private CompletableFuture<Version> next;

    /** Written by the reader thread only, before it completes the read that callers wait for. */
    private final Map<String, Long> lastChanged = new ConcurrentHashMap<>();

    private volatile long everythingChanged;
    private volatile long latest = -1;
    private volatile boolean running = true;

    /** The last read failed: the database is unreachable, as far as this instance knows. */
    private volatile boolean unreachable;

    PublicContentVersion(JdbcClient jdbc, DataSource dataSource, List<PublishedPages> pages) {
        this.jdbc = jdbc;
        this.pages = List.copyOf(pages);
        this.readerPool = ownConnection(dataSource);
        this.reads = readerPool == null ? jdbc : JdbcClient.create(readerPool);
        this.reader = new Thread(this::readWhileAsked, "public-content-version");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Bumps the version and records which pages the change reaches, as the modules that serve them say
     * ({@link PublishedPages#reachedBy}: a claim's own page, its speaker's and its topics', as they are now
     * and as they were), or every page, and deletes the stored pages it reaches ({@link PageStore}). Part
     * of the caller's transaction, so it takes effect when the change commits; the row lock orders
     * versions as the commits are, and stored pages' writes with them.
     */
    void bump(PublicContentChanged change) {
        var scopes = new HashSet<String>();
        pages.forEach(published -> scopes.addAll(published.reachedBy(change)));
        boolean everything = scopes.isEmpty() || scopes.contains(PageScopes.EVERYTHING);
        long version = jdbc.sql("""
                        update public_content_version set version = version + 1, changed_at = now() where id = 1
                        returning version""").query(Long.class).single();
        jdbc.sql("insert into public_content_change (version, scope) select :version, unnest(:scopes)")
                .param("version", version)
                .param("scopes", everything ? new String[] {PageScopes.EVERYTHING} : scopes.toArray(String[]::new))
                .update();
        // the stored pages it reaches (PageStore) go with it
        if (everything) {
            jdbc.sql("delete from rendered_page").update();
        } else {
            jdbc.sql("""
                            delete from rendered_page
                            where scopes && (select array_agg(scope) from public_content_change where version = :version)""").param("version", version).update();
        }
        jdbc.sql("delete from public_content_change where version <= :oldest")
                .param("oldest", version - KEPT_CHANGES)
                .update();
    }

    @EventListener
    void on(PublicContentChanged event) {
        bump(event);
    }

    /**
     * Whether nothing that reaches these pages has changed after the given version, as far as the last
     * {@link #current()} knows. {@code null} scopes mean the page shows everything (a listing, a feed).
     */
    boolean unchangedSince(long version, Set<String> scopes) {
        if (scopes == null) {
            return version >= latest;
        }
        if (version < everythingChanged) {
            return false;
        }
        for (var scope : scopes) {
            var changed = lastChanged.get(scope);
            if (changed != null && changed > version) {
                return false;
            }
        }
        return true;
    }

    /**
     * The version as committed at some moment after this call began.
     *
     * @throws IllegalStateException when the database does not answer, at once while the last read failed
     */
    public Version current() {
        CompletableFuture<Version> mine;
        synchronized (this) {
            if (next == null) {
                next = new CompletableFuture<>();
                notifyAll();
            }
            mine = next;
        }
        if (unreachable) {
            throw new IllegalStateException("The database did not answer the last read of the public content version");
        }
        try {
            return mine.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the public content version", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the public content version", e);
        }
    }

    private void readWhileAsked() {
        while (running) {
            CompletableFuture<Version> batch;
            synchronized (this) {
                while (next == null && running) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                batch = next;
                next = null;
            }
            if (batch == null) {
                return;
            }
            try {
                batch.complete(read());
                if (unreachable) {
                    unreachable = false;
                    log.info("The database answers again: public pages are checked against it again");
                }
            } catch (RuntimeException e) {
                if (!unreachable) {
                    unreachable = true;
                    log.warn(
                            "The database does not answer ({}): serving the public pages in memory as they are",
                            e.getMessage());
                }
                batch.completeExceptionally(e);
                pauseBeforeRetrying();
            }
        }
    }

    private synchronized void pauseBeforeRetrying() {
        try {
            // woken early only by destroy(); requests arriving meanwhile join the next read
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RETRY_MILLIS);
            long left;
            while (running && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the version and the changes since the last read in one statement, and notes which scopes
     * changed when. Versions missing from the changes (pruned while this instance slept) count as a
     * change to everything.
     */
    private Version read() {
        long since = latest;
        var changes = new ArrayList<Map.Entry<Long, String>>();
        var version = reads.sql("""
                        select v.version, v.changed_at, c.version, c.scope
                        from public_content_version v
                        left join public_content_change c on c.version > :since and c.version <= v.version
                        where v.id = 1""").param("since", since).query(rs -> {
            Version read = null;
            while (rs.next()) {
                read = new Version(rs.getLong(1), rs.getTimestamp(2).toInstant());
                long changed = rs.getLong(3);
                if (!rs.wasNull()) {
                    changes.add(Map.entry(changed, rs.getString(4)));
                }
            }
            if (read == null) {
                throw new IllegalStateException("No public content version row");
            }
            return read;
        });
        if (since < 0) {
            // first read: this instance has rendered nothing older
            everythingChanged = version.number();
        } else if (version.number() > since) {
            var seen = new HashSet<Long>();
            for (var change : changes) {
                seen.add(change.getKey());
                if (PageScopes.EVERYTHING.equals(change.getValue())) {
                    everythingChanged = Math.max(everythingChanged, change.getKey());
                } else {
                    lastChanged.merge(change.getValue(), change.getKey(), Math::max);
                }
            }
            if (seen.size() < version.number() - since) {
                everythingChanged = version.number();
            }
        }
        latest = version.number();
        return version;
    }

    @Override
    public void destroy() {
        running = false;
        synchronized (this) {
            notifyAll();
        }
        reader.interrupt();
        if (readerPool != null) {
            readerPool.close();
        }
    }

    /** A one-connection pool to the application's database; null (share the pool) if it is not Hikari's. */
    private static HikariDataSource ownConnection(DataSource dataSource) {
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return null;
            }
            var application = dataSource.unwrap(HikariDataSource.class);
            if (application.getJdbcUrl() == null) {
                return null;
            }
            var config = new HikariConfig();
            config.setPoolName("public-content-version");
            config.setJdbcUrl(application.getJdbcUrl());
            config.setUsername(application.getUsername());
            config.setPassword(application.getPassword());
            config.setDataSourceProperties(application.getDataSourceProperties());
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(0);
            config.setReadOnly(true);
            // soon told that the database is away, so that cached pages are served without waiting for it
            config.setConnectionTimeout(Duration.ofSeconds(1).toMillis());
            config.setValidationTimeout(500);
            // connect on first use: starting the application must not depend on this pool
            config.setInitializationFailTimeout(-1);
            return new HikariDataSource(config);
        } catch (SQLException e) {
            return null;
        }
    }
}

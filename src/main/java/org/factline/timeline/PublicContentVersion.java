package org.factline.timeline;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.factline.shared.PublicContentChanged;
import org.factline.verdict.VerdictPublished;
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
 */
@Component
class PublicContentVersion implements DisposableBean {

    record Version(long number, Instant changedAt) {}

    private static final Logger log = LoggerFactory.getLogger(PublicContentVersion.class);

    private final JdbcClient jdbc;
    private final HikariDataSource readerPool;
    private final JdbcClient reads;
    private final Thread reader;
    private CompletableFuture<Version> next;
    private volatile boolean running = true;

    PublicContentVersion(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.readerPool = ownConnection(dataSource);
        this.reads = readerPool == null ? jdbc : JdbcClient.create(readerPool);
        this.reader = new Thread(this::readWhileAsked, "public-content-version");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Bumps the version; part of the caller's transaction, so it takes effect when the change commits. */
    void bump() {
        jdbc.sql("update public_content_version set version = version + 1, changed_at = now() where id = 1")
                .update();
    }

    @EventListener
    void on(VerdictPublished event) {
        bump();
    }

    @EventListener
    void on(PublicContentChanged event) {
        bump();
    }

    /** The version as committed at some moment after this call began. */
    Version current() {
        CompletableFuture<Version> mine;
        synchronized (this) {
            if (next == null) {
                next = new CompletableFuture<>();
                notifyAll();
            }
            mine = next;
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
            } catch (RuntimeException e) {
                log.debug("Reading the public content version failed", e);
                batch.completeExceptionally(e);
            }
        }
    }

    private Version read() {
        return reads.sql("select version, changed_at from public_content_version where id = 1")
                .query((rs, n) -> new Version(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .single();
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
            config.setConnectionTimeout(Duration.ofSeconds(4).toMillis());
            // connect on first use: starting the application must not depend on this pool
            config.setInitializationFailTimeout(-1);
            return new HikariDataSource(config);
        } catch (SQLException e) {
            return null;
        }
    }
}

package org.factline.timeline;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * query per round trip rather than one per request.
 */
@Component
class PublicContentVersion implements DisposableBean {

    record Version(long number, Instant changedAt) {}

    private static final Logger log = LoggerFactory.getLogger(PublicContentVersion.class);

    private final JdbcClient jdbc;
    private final Thread reader;
    private CompletableFuture<Version> next;
    private volatile boolean running = true;

    PublicContentVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("select version, changed_at from public_content_version where id = 1")
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
    }
}

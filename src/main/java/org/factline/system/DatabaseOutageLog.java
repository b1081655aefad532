package org.factline.system;

import ch.qos.logback.classic.LoggerContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;

/**
 * What the operator reads while PostgreSQL is away: one warning when it becomes unreachable, at most one
 * line a minute while it stays away (how many requests were refused), and one line when it is back; no
 * stack trace for this expected condition ({@link ExpectedOutageLogFilter} keeps the libraries' ones out).
 * A request that met the database away says so ({@link DatabaseUnreachable}); the outage is then confirmed,
 * and its end found, by asking the database itself, so a hint from elsewhere never makes a false alarm.
 */
final class DatabaseOutageLog implements DisposableBean {

    /** A request, or a library on Factline's behalf, could not reach the database. */
    record DatabaseUnreachable(Throwable cause, boolean refusedRequest) {}

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageLog.class);

    private static final Duration PROBE_EVERY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration summaryEvery;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "database-outage-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong refused = new AtomicLong();
    private final Consumer<Throwable> hint = cause -> unreachable(new DatabaseUnreachable(cause, false));

    /** Set while an outage is suspected or known (guarded by this). */
    private Instant since;

    private String cause;
    private boolean confirmed;
    private Instant lastSummary;

    DatabaseOutageLog(DataSource dataSource, Clock clock, Duration summaryEvery) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.summaryEvery = summaryEvery;
        ExpectedOutageLogFilter.installIn((LoggerContext) LoggerFactory.getILoggerFactory());
        ExpectedOutageLogFilter.tell(hint);
    }

    @EventListener
    void unreachable(DatabaseUnreachable event) {
        if (event.refusedRequest()) {
            refused.incrementAndGet();
        }
        synchronized (this) {
            if (since != null) {
                return;
            }
            since = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            cause = driverMessage(event.cause());
        }
        askSoon(0);
    }

    private void askSoon(long millis) {
        try {
            probe.schedule(this::check, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing down: nothing more to tell
        }
    }

    /** Asks the database until it answers; the first failed ask confirms the outage. */
    private void check() {
        if (reachable()) {
            synchronized (this) {
                if (confirmed) {
                    log.info(
                            "PostgreSQL reachable again after {} s ({} requests refused meanwhile)",
                            Duration.between(since, clock.instant()).toSeconds(),
                            refused.getAndSet(0));
                } else {
                    refused.set(0);
                }
                since = null;
                confirmed = false;
            }
            return;
        }
        synchronized (this) {
            var now = clock.instant();
            if (!confirmed) {
                confirmed = true;
                lastSummary = now;
                log.warn("PostgreSQL unreachable since {}: {}", since, cause);
            } else if (!now.isBefore(lastSummary.plus(summaryEvery))) {
                log.warn(
                        "PostgreSQL still unreachable since {}: {} requests refused since {}",
                        since,
                        refused.getAndSet(0),
                        lastSummary.truncatedTo(ChronoUnit.SECONDS));
                lastSummary = now;
            }
        }
        askSoon(PROBE_EVERY.toMillis());
    }

    private boolean reachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The driver's own words (say, "Connection to db:5432 refused"), else the innermost cause's. */
    private static String driverMessage(Throwable failure) {
        String words = null;
        var cause = failure;
        for (var seen = 0; cause != null && seen < 20; cause = cause.getCause(), seen++) {
            if (cause.getMessage() != null && (words == null || cause instanceof SQLException)) {
                words = cause.getMessage();
            }
        }
        return words == null ? failure.getClass().getSimpleName() : words;
    }

    @Override
    public void destroy() {
        ExpectedOutageLogFilter.stopTelling(hint);
        probe.shutdownNow();
    }
}

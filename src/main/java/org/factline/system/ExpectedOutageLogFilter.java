package org.factline.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.factline.shared.DatabaseFaults;
import org.slf4j.Marker;

/**
 * Keeps the libraries' own reports of an unreachable database out of the log, where {@link DatabaseOutageLog}
 * says it once: the health check's and the session cleanup's stack traces, Hibernate's two lines per failed
 * statement for SQLState classes 08 (connection exception) and 57P (PostgreSQL shutting down), and the pool's
 * line per dropped connection it replaces. Every other SQL error, and Factline's own lines (a real fault with
 * its incident id), pass as before. What it keeps out still tells the outage log, which then asks the
 * database whether it is really away.
 */
final class ExpectedOutageLogFilter extends TurboFilter {

    private static final String SQL_ERRORS = "org.hibernate.orm.jdbc.error";
    private static final String POOL = "com.zaxxer.hikari.pool.PoolBase";

    /** The outage logs of the applications running in this JVM (one, but for tests). */
    private static final Set<Consumer<Throwable>> listeners = new CopyOnWriteArraySet<>();

    /** Hibernate logs a failed statement's SQLState and then its message: the message follows an 08 state. */
    private final ThreadLocal<Boolean> afterConnectionState = ThreadLocal.withInitial(() -> false);

    /** Puts the filter in the logging context once, whoever else installs it; Boot resets the context. */
    static synchronized void installIn(LoggerContext context) {
        if (context.getTurboFilterList().stream().noneMatch(ExpectedOutageLogFilter.class::isInstance)) {
            var filter = new ExpectedOutageLogFilter();
            filter.setName("expected-database-outage");
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    static void tell(Consumer<Throwable> listener) {
        listeners.add(listener);
    }

    static void stopTelling(Consumer<Throwable> listener) {
        listeners.remove(listener);
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (format == null && t == null) {
            return FilterReply.NEUTRAL;
        }
        var name = logger.getName();
        if (name.equals(SQL_ERRORS)) {
            return sqlError(text(format, params));
        }
        if (name.equals(POOL) && format != null && format.contains("Failed to validate connection")) {
            return FilterReply.DENY;
        }
        var failure = t != null ? t : lastThrowable(params);
        if (failure != null && !name.startsWith("org.factline.") && DatabaseFaults.unreachable(failure)) {
            listeners.forEach(listener -> listener.accept(failure));
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    private FilterReply sqlError(String text) {
        if (text.contains("SQLState")) {
            // the state is the line's last word, whether the text comes formatted or with its arguments
            var code = text.substring(text.lastIndexOf(' ') + 1);
            var connection = code.startsWith("08") || code.startsWith("57P");
            afterConnectionState.set(connection);
            return connection ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
        if (afterConnectionState.get()) {
            afterConnectionState.set(false);
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /** SLF4J takes a trailing exception among the arguments as the line's stack trace. */
    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable failure
                ? failure
                : null;
    }

    private static String text(String format, Object[] params) {
        var text = new StringBuilder(String.valueOf(format));
        if (params != null) {
            for (var param : params) {
                text.append(' ').append(param);
            }
        }
        return text.toString();
    }
}

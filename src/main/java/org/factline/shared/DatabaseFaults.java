package org.factline.shared;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a database that cannot be reached (or went away mid-request) from every other failure. */
public final class DatabaseFaults {

    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseFaults() {}

    /**
     * Whether the failure, or one of its causes, says the database could not be reached or dropped the
     * connection: no connection within the pool's timeout, refused, reset, or PostgreSQL shutting down
     * (SQLSTATE class 08, connection exception, and 57P, operator intervention), or a rollback on the
     * connection the pool closed after such a failure.
     */
    public static boolean unreachable(Throwable failure) {
        var seen = 0;
        for (var cause = failure; cause != null && seen < 20; cause = cause.getCause(), seen++) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                var state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                // Hikari closes a connection the database dropped; rolling back on it then says only this
                if (state == null && CLOSED_BY_POOL.equals(sql.getMessage())) {
                    return true;
                }
            }
        }
        return false;
    }
}

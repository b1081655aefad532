package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Only the reports of an unreachable database are kept out of the log; every other error passes. */
class ExpectedOutageLogFilterTests {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void logTo() {
        log.setContext(context);
        log.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(log);
        ExpectedOutageLogFilter.installIn(context);
        ExpectedOutageLogFilter.installIn(context);
    }

    @Test
    void installedOnce() {
        assertThat(context.getTurboFilterList())
                .filteredOn(ExpectedOutageLogFilter.class::isInstance)
                .hasSize(1);
    }

    @Test
    void hibernatesLinesForAConnectionFailureAreKeptOutOthersPass() {
        var hibernate = context.getLogger("org.hibernate.orm.jdbc.error");
        hibernate.warn("HHH000247: ErrorCode: 0, SQLState: 08001");
        hibernate.warn("HikariPool-1 - Connection is not available, request timed out after 3000ms");
        hibernate.warn("HHH000247: ErrorCode: 0, SQLState: 57P01");
        hibernate.warn("FATAL: terminating connection due to administrator command");
        hibernate.warn("HHH000247: ErrorCode: 0, SQLState: 23505");
        hibernate.warn("ERROR: duplicate key value violates unique constraint \"claim_slug_key\"");
        hibernate.warn("HHH000247: ErrorCode: 0, SQLState: 22001");
        hibernate.warn("ERROR: value too long for type character varying(120)");

        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly(
                        "HHH000247: ErrorCode: 0, SQLState: 23505",
                        "ERROR: duplicate key value violates unique constraint \"claim_slug_key\"",
                        "HHH000247: ErrorCode: 0, SQLState: 22001",
                        "ERROR: value too long for type character varying(120)");
    }

    @Test
    void aLibrarysStackTraceForAnUnreachableDatabaseIsKeptOutARealFaultsPasses() {
        var unreachable = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("Connection is not available", "08001"));
        context.getLogger("org.springframework.boot.jdbc.health.DataSourceHealthIndicator")
                .warn("DataSource health check failed", unreachable);
        context.getLogger("org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler")
                .error("Unexpected error occurred in scheduled task", unreachable);
        // SLF4J's trailing exception among the arguments, as Hikari logs a broken connection
        context.getLogger("com.zaxxer.hikari.pool.ProxyConnection")
                .warn(
                        "{} - Connection {} marked as broken because of SQLSTATE({})",
                        "HikariPool-1",
                        "PgConnection@1",
                        "08006",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        context.getLogger("org.springframework.boot.jdbc.health.DataSourceHealthIndicator")
                .warn("DataSource health check failed", new SQLException("permission denied", "42501"));
        context.getLogger("org.factline.system.ErrorPageController")
                .error("Incident {}: GET /claims answered 500", "0A1B2C3D", unreachable);

        assertThat(log.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("DataSource health check failed", "Incident 0A1B2C3D: GET /claims answered 500");
        assertThat(log.list)
                .allSatisfy(event -> assertThat(event.getThrowableProxy()).isNotNull());
    }
}

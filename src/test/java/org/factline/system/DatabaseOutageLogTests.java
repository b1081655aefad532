package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.factline.Patience;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * While the database stays away the operator gets one summarising line per period, with the requests refused
 * meanwhile, after the one warning. (Its end, "reachable again", is shown by DatabaseOutageTests.)
 */
class DatabaseOutageLogTests {

    @Test
    void anOutageIsWarnedOfOnceThenSummarisedOncePerPeriod() throws Exception {
        var lines = new Lines();
        var logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(DatabaseOutageLog.class);
        lines.setContext(logger.getLoggerContext());
        lines.start();
        logger.addAppender(lines);
        // a PostgreSQL address nothing listens on: every connection is refused at once
        var nowhere = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + closedPort() + "/factline");
        var outage = new DatabaseOutageLog(nowhere, Clock.systemUTC(), Duration.ZERO);
        try {
            var refused = new SQLException("Connection to 127.0.0.1 refused", "08001");
            outage.unreachable(new DatabaseOutageLog.DatabaseUnreachable(refused, true));
            outage.unreachable(new DatabaseOutageLog.DatabaseUnreachable(refused, true));
            outage.unreachable(new DatabaseOutageLog.DatabaseUnreachable(refused, false));

            var summary = lines.summary.get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS);
            assertThat(summary.getLevel()).isEqualTo(Level.WARN);
            assertThat(summary.getFormattedMessage())
                    .matches("PostgreSQL still unreachable since \\S+Z: 2 requests refused since \\S+Z");
            assertThat(lines.events)
                    .first()
                    .satisfies(first -> assertThat(first.getFormattedMessage())
                            .matches("PostgreSQL unreachable since \\S+Z: Connection to 127.0.0.1 refused"))
                    .satisfies(first -> assertThat(first.getThrowableProxy()).isNull());
            assertThat(lines.events)
                    .filteredOn(event -> event.getFormattedMessage().startsWith("PostgreSQL unreachable"))
                    .hasSize(1);
        } finally {
            outage.destroy();
            logger.detachAppender(lines);
        }
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class Lines extends AppenderBase<ILoggingEvent> {

        final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
        final CompletableFuture<ILoggingEvent> summary = new CompletableFuture<>();

        @Override
        protected void append(ILoggingEvent event) {
            events.add(event);
            if (event.getFormattedMessage().startsWith("PostgreSQL still unreachable")) {
                summary.complete(event);
            }
        }
    }
}

package org.factline.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside Factline when no database is configured, so a new user needs nothing but a
 * JDK. It is run for keeps, not as a test fixture: data survive restarts, commits are synchronous,
 * the server log is kept in the data directory, and a server orphaned by a killed JVM is stopped.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(FactlineProperties properties) {
        EmbeddedDatabasePlatform.current().requireBinaries(EmbeddedPostgres.class.getClassLoader());
        var dataDirectory =
                Path.of(properties.embedded().dataDirectory()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory.getParent());
            stopOrphanedServer(dataDirectory);
            log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofMinutes(3))
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", "log")
                    .setServerConfig("log_filename", "postgresql-%Y-%m-%d.log")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw failure(e, dataDirectory);
        }
    }

    /** Hikari's settings ({@code spring.datasource.hikari.*}) apply here as to a configured server's pool. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("factline-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /**
     * After a kill -9 of the JVM the postmaster lives on and holds the data directory; it belongs to
     * us (same data directory), so stop it before starting a new one.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        var process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().orElse("").endsWith("postgres"));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Factline on {}", pid, dataDirectory);
        var handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static EmbeddedDatabaseException failure(Exception e, Path dataDirectory) {
        var detail = rootMessage(e);
        var useAServer = "set FACTLINE_DB_URL, FACTLINE_DB_USER and FACTLINE_DB_PASSWORD to use a PostgreSQL server.";
        if (detail.contains("cannot be run as root") || detail.contains("unshare")) {
            return new EmbeddedDatabaseException(
                    "The embedded PostgreSQL cannot run as root on this machine (user namespaces are blocked).",
                    "Run Factline as an ordinary user, or " + useAServer,
                    e);
        }
        return new EmbeddedDatabaseException(
                "The embedded PostgreSQL could not start with data in " + dataDirectory + " (" + detail + ").",
                "Read its log in " + dataDirectory.resolve("log") + ", or " + useAServer,
                e);
    }

    private static String rootMessage(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}

package org.factline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factline.shared.PublicContentChanged;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs V95, the migration that strips control characters from stored text, again, as it is in db/migration. */
public final class StoredTextCleaning {

    public static final Path MIGRATION = Path.of("db/migration/V95__shared_strip_control_characters.sql");

    private StoredTextCleaning() {}

    public static void run(ApplicationContext context) {
        String sql;
        try {
            sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            context.getBean(JdbcTemplate.class).execute(sql);
            context.publishEvent(PublicContentChanged.everything());
        });
    }
}

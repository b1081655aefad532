package org.factline.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSV import: a dry run that reads and checks the file and works out what it would create, and a
 * commit that reads it again and writes all of it in one transaction, or nothing.
 */
@Service
class Imports {

    private final ImportStore store;
    private final ImportProperties properties;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;

    Imports(ImportStore store, ImportProperties properties, PlatformTransactionManager transactions) {
        this.store = store;
        this.properties = properties;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readWrite = new TransactionTemplate(transactions);
    }

    Preview dryRun(Path file, String fileName) {
        return readOnly.execute(status -> {
            var read = read(file);
            if (!read.ok()) {
                return Preview.of(fileName, read);
            }
            return Preview.of(fileName, read, store.plan(read.rows()));
        });
    }

    /**
     * Writes the file's claims as drafts, all rows or none.
     *
     * @param progress told the total amount of work first, then each step done
     */
    Outcome commit(Path file, LongConsumer total, LongConsumer progress) {
        var read = readOnly.execute(status -> read(file));
        if (!read.ok()) {
            return Outcome.refused(read.problems(), read.problemCount());
        }
        return readWrite.execute(status -> {
            store.lock();
            // planned again under the lock: the database may have changed since the dry run
            var plan = store.plan(read.rows());
            total.accept(plan.work());
            var ids = store.write(plan, progress);
            var created = plan.newClaims().entrySet().stream()
                    .limit(Outcome.LISTED)
                    .map(e -> new Outcome.CreatedClaim(
                            ids.get(e.getKey()),
                            e.getValue().speaker(),
                            e.getValue().claimText()))
                    .toList();
            return new Outcome(
                    true,
                    java.util.List.of(),
                    0,
                    plan.newSpeakers().size(),
                    plan.newArticles().size(),
                    plan.newClaims().size(),
                    plan.appearances().size(),
                    plan.alreadyPresent(),
                    created);
        });
    }

    private CsvImportReader.Result read(Path file) {
        var reader = new CsvImportReader(properties.maxRows(), store.ratingNames());
        try (var in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.factline.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSV import: a dry run that reads and checks the file and works out what it would create, and a
 * commit that reads it again and writes it in one transaction: all rows or none ({@link Mode#ALL}), or
 * the valid rows, the others rejected ({@link Mode#VALID}).
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
        return dryRun(file, fileName, Mode.ALL);
    }

    Preview dryRun(Path file, String fileName, Mode mode) {
        return readOnly.execute(status -> {
            var read = read(file);
            if (read.fatal()) {
                return Preview.of(fileName, mode, read);
            }
            return Preview.of(fileName, mode, read, store.plan(read.rows()));
        });
    }

    /**
     * Writes the file's claims as drafts, all rows or none; each appearance of a published claim is proposed
     * in the claim's update by {@code authorId}, for another editor to publish.
     *
     * @param progress told the total amount of work first, then each step done
     */
    Outcome commit(Path file, long authorId, LongConsumer total, LongConsumer progress) {
        return commit(file, Mode.ALL, authorId, total, progress);
    }

    /**
     * Writes the file's claims as drafts: every row or none ({@link Mode#ALL}), or the valid rows only
     * ({@link Mode#VALID}, the outcome listing the rows rejected and why). Each appearance of a published
     * claim is proposed in the claim's update by {@code authorId}, for another editor to publish.
     *
     * @param progress told the total amount of work first, then each step done
     */
    Outcome commit(Path file, Mode mode, long authorId, LongConsumer total, LongConsumer progress) {
        var read = readOnly.execute(status -> read(file));
        if (read.fatal() || (mode == Mode.ALL && !read.ok())) {
            return Outcome.refused(read.problems(), read.problemCount());
        }
        return readWrite.execute(status -> {
            store.lock();
            // planned again under the lock: the database may have changed since the dry run
            var plan = store.plan(read.rows());
            if (mode == Mode.ALL && !plan.problems().isEmpty()) {
                status.setRollbackOnly();
                return Outcome.refused(plan.problems(), plan.problems().size());
            }
            total.accept(plan.work());
            var ids = store.write(plan, authorId, progress);
            var created = plan.newClaims().entrySet().stream()
                    .limit(Outcome.LISTED)
                    .map(e -> new Outcome.CreatedClaim(
                            ids.get(e.getKey()),
                            e.getValue().speaker(),
                            e.getValue().claimText()))
                    .toList();
            var proposed = plan.proposed().stream()
                    .map(Plan.PlannedAppearance::existingClaimId)
                    .distinct()
                    .limit(Outcome.LISTED)
                    .toList();
            return new Outcome(
                    true,
                    plan.problems(),
                    read.rejectedRows() + plan.problems().size(),
                    plan.newSpeakers().size(),
                    plan.newArticles().size(),
                    plan.newClaims().size(),
                    plan.recorded().size(),
                    plan.proposed().size(),
                    plan.alreadyPresent(),
                    created,
                    proposed);
        });
    }

    /**
     * Writes the rows this file's import rejects, as written plus the reason, through {@code rejected}:
     * the rows the reader refused and those in {@code planProblems} (refused against the database).
     */
    void rejectedRows(Path file, List<Problem> planProblems, CsvImportReader.RowListener rejected) {
        var byLine = new java.util.HashMap<Long, List<Problem>>();
        planProblems.forEach(problem -> byLine.computeIfAbsent(problem.line(), line -> new java.util.ArrayList<>())
                .add(problem));
        var reader = new CsvImportReader(properties.maxRows(), readOnly.execute(status -> store.ratingNames()));
        try (var in = Files.newInputStream(file)) {
            reader.read(in, (header, line, cells, problems) -> {
                var all = problems.isEmpty() ? byLine.getOrDefault(line, List.of()) : problems;
                if (!all.isEmpty()) {
                    rejected.row(header, line, cells, all);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

package org.factline.intake;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded files between the dry run and the commit, and the commits under way.
 *
 * <p>An upload is kept as a temporary file named by a random token, reachable by its uploader only: no
 * table fills up with files nobody commits, the file is deleted when the commit ends, when its uploader
 * has made {@value #KEPT} newer uploads, or once it has waited longer than the desk's idle timeout (an
 * upload outlives neither its session nor a restart). (Behind several instances this needs sticky
 * sessions.) The file stays until then, so that the rows an import rejects can be downloaded. A small
 * file ({@link ImportProperties#inlineRows()} rows at most) is committed while the browser waits, with
 * no progress page; larger ones one at a time on a background thread so that the browser can follow the
 * progress.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Uploads kept per uploader; older ones are discarded. */
    static final int KEPT = 5;

    private final Imports imports;
    private final int inlineRows;
    private final Path directory;
    private final Duration kept;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "factline-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(
            Imports imports,
            ImportProperties properties,
            @Value("${server.servlet.session.timeout:9h}") Duration idleTimeout)
            throws IOException {
        this.imports = imports;
        this.inlineRows = properties.inlineRows();
        this.kept = idleTimeout;
        var base = properties.directory().isBlank()
                ? Path.of(System.getProperty("java.io.tmpdir"), "factline-import")
                : Path.of(properties.directory());
        this.directory = Files.createDirectories(base);
    }

    enum State {
        PREVIEW,
        RUNNING,
        DONE
    }

    /** One upload: its file, its dry run and, once committed, its progress and outcome. */
    static final class Job {

        private final String token;
        private final String owner;
        private final long ownerId;
        private final Path file;
        private final Preview preview;
        private final Instant uploaded = Instant.now();
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile State state = State.PREVIEW;
        private volatile Outcome outcome;
        private volatile boolean failed;
        private volatile Mode mode;

        Job(String token, String owner, long ownerId, Path file, Preview preview) {
            this.token = token;
            this.owner = owner;
            this.ownerId = ownerId;
            this.mode = preview.mode();
            this.file = file;
            this.preview = preview;
        }

        String token() {
            return token;
        }

        String owner() {
            return owner;
        }

        Preview preview() {
            return preview;
        }

        State state() {
            return state;
        }

        Outcome outcome() {
            return outcome;
        }

        boolean failed() {
            return failed;
        }

        /** The mode of the commit, or the one chosen at upload before it. */
        Mode mode() {
            return mode;
        }

        /** The rows the database refused: those of the commit once done, else the dry run's. */
        List<Problem> refusedByPlan() {
            var done = outcome;
            return done != null && done.committed() ? done.problems() : preview.planProblems();
        }

        /** Whether some rows of this file are, or were, left out. */
        boolean hasRejectedRows() {
            var done = outcome;
            return !preview.fatal()
                    && (done != null && done.committed() ? done.rejected() > 0 : preview.rejectedRows() > 0);
        }

        long done() {
            return done.get();
        }

        long total() {
            return total;
        }

        /** Per cent done, 0 to 100. */
        int percent() {
            long all = total;
            return all == 0 ? 0 : (int) Math.min(100, done.get() * 100 / all);
        }
    }

    /** Stores the upload and runs the dry run on it. */
    Job upload(String owner, long ownerId, String fileName, Mode mode, InputStream content) throws IOException {
        discardStale(owner);
        var token = HexFormat.of().formatHex(bytes());
        var file = directory.resolve(token + ".csv");
        Files.copy(content, file);
        try {
            var job = new Job(token, owner, ownerId, file, imports.dryRun(file, fileName, mode));
            jobs.put(token, job);
            if (job.preview.fatal()) {
                // a file that cannot be read can never be committed: only its dry run is kept
                delete(file);
            }
            return job;
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static byte[] bytes() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    Optional<Job> find(String token, String owner) {
        return Optional.ofNullable(jobs.get(token)).filter(job -> job.owner.equals(owner));
    }

    /**
     * Commits a dry run in a mode: a clean one in either, one with bad rows only as {@link Mode#VALID}. A
     * small file is done when this returns; a larger one starts on the background thread. Returns false
     * when there is nothing that may be committed.
     */
    boolean commit(Job job, Mode mode) {
        synchronized (this) {
            if (job.state != State.PREVIEW
                    || job.preview.fatal()
                    || !job.preview.hasWork()
                    || (mode == Mode.ALL && !job.preview.ok())) {
                return false;
            }
            job.state = State.RUNNING;
            job.mode = mode;
        }
        Runnable run = () -> {
            try {
                job.outcome =
                        imports.commit(job.file, mode, job.ownerId, total -> job.total = total, job.done::addAndGet);
            } catch (RuntimeException e) {
                log.warn("CSV import {} failed and wrote nothing", job.token, e);
                job.failed = true;
            } finally {
                job.state = State.DONE;
            }
        };
        if (job.preview.rowCount() <= inlineRows) {
            run.run();
        } else {
            executor.execute(run);
        }
        return true;
    }

    /** The rows of a job's file that its import rejects, each as written with its problems. */
    void rejectedRows(Job job, CsvImportReader.RowListener rejected) {
        imports.rejectedRows(job.file, job.refusedByPlan(), rejected);
    }

    /** Forgets uploads kept longer than the idle timeout, and the owner's beyond their last few. */
    private void discardStale(String owner) {
        var stale = Instant.now().minus(kept);
        var waiting = jobs.values().stream()
                .filter(job -> job.state != State.RUNNING)
                .sorted(Comparator.comparing((Job job) -> job.uploaded).reversed())
                .toList();
        var ofOwner = 0;
        for (var job : waiting) {
            if ((job.owner.equals(owner) && ++ofOwner >= KEPT) || job.uploaded.isBefore(stale)) {
                discard(job.token);
            }
        }
    }

    /** Forgets an upload that will not be committed (it waited too long or was replaced). */
    void discard(String token) {
        var job = jobs.get(token);
        if (job != null && job.state != State.RUNNING) {
            jobs.remove(token);
            delete(job.file);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
        jobs.values().forEach(job -> delete(job.file));
    }
}

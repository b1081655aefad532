package org.factline.intake;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uploaded files between the dry run and the commit, and the commits under way.
 *
 * <p>An upload is kept as a temporary file named by a random token, and the token is bound to the
 * uploader's HTTP session ({@link SessionImports}): no table fills up with files nobody commits, the
 * file is deleted when the commit ends or the session does, and nothing but its uploader can reach it.
 * (Behind several instances this needs sticky sessions.) Commits run one at a time on a background
 * thread so that the browser can follow a large file's progress.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Imports imports;
    private final Path directory;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "factline-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Imports imports, ImportProperties properties) throws IOException {
        this.imports = imports;
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
        private final Path file;
        private final Preview preview;
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile State state = State.PREVIEW;
        private volatile Outcome outcome;
        private volatile boolean failed;

        Job(String token, String owner, Path file, Preview preview) {
            this.token = token;
            this.owner = owner;
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
    Job upload(String owner, String fileName, InputStream content) throws IOException {
        var token = HexFormat.of().formatHex(bytes());
        var file = directory.resolve(token + ".csv");
        Files.copy(content, file);
        try {
            var job = new Job(token, owner, file, imports.dryRun(file, fileName));
            jobs.put(token, job);
            if (!job.preview.ok()) {
                // a file with problems can never be committed: only its dry run is kept
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

    /** Starts the commit of a clean dry run; returns false when there is nothing that may be committed. */
    synchronized boolean commit(Job job) {
        if (job.state != State.PREVIEW || !job.preview.ok()) {
            return false;
        }
        job.state = State.RUNNING;
        executor.execute(() -> {
            try {
                job.outcome = imports.commit(job.file, total -> job.total = total, job.done::addAndGet);
            } catch (RuntimeException e) {
                log.warn("CSV import {} failed and wrote nothing", job.token, e);
                job.failed = true;
            } finally {
                job.state = State.DONE;
                delete(job.file);
            }
        });
        return true;
    }

    /** Forgets an upload that will not be committed (its session ended or it was replaced). */
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

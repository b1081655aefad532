package org.factline.timeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.shared.PublicContentChanged;
import org.factline.verdict.VerdictPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Renders the claim, speaker and topic pages missing from the {@link PageStore}, in both languages, so
 * that readers find them rendered: after a start (a new build renders none of the old pages), and after
 * each public change (which deleted the pages it reached). Publishing a claim thus renders its page
 * and its neighbours' before the first reader asks, much as a static site is built on publish.
 *
 * <p>Pages are rendered by requesting them from this instance over the loopback interface, marked so
 * that the page cache renders them for the database only: what is stored is exactly what a reader gets.
 * A few run at once (one per core by default), with the page cache's render permits shared with
 * readers. Instances sharing a database may render the same missing page; the store keeps one.
 */
@Component
class PagePrerenderer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PagePrerenderer.class);

    private static final List<String> LANGUAGES = List.of("en", "id");

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final PageStore store;
    private final PageCache pageCache;
    private final PublicSite site;
    private final HttpClient http;
    private final ExecutorService renderers;
    private final ScheduledExecutorService passes;
    private final AtomicBoolean passWanted = new AtomicBoolean();
    private volatile int port;

    PagePrerenderer(JdbcClient jdbc, PageStore store, PageCache pageCache, PublicSite site) {
        this.jdbc = jdbc;
        this.store = store;
        this.pageCache = pageCache;
        this.site = site;
        this.renderers = Executors.newFixedThreadPool(site.prerendersAtOnce(), daemon("page-prerenderer"));
        this.passes = Executors.newSingleThreadScheduledExecutor(daemon("page-prerender-pass"));
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getParent() == null) {
            port = event.getWebServer().getPort();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (site.prerender()) {
            passes.execute(() -> {
                try {
                    int forgotten = store.forgetOtherGenerations();
                    if (forgotten > 0) {
                        log.info("Deleted {} pages rendered by an earlier build", forgotten);
                    }
                    // the benchmark waits for this line
                    log.info("Page store complete after start ({} pages rendered)", renderMissing());
                } catch (RuntimeException e) {
                    log.warn("Prerendering public pages failed: {}", e.getMessage());
                }
            });
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublicContentChanged event) {
        if (site.prerender()) {
            passSoon();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(VerdictPublished event) {
        if (site.prerender()) {
            passSoon();
        }
    }

    /** Asks for a pass in a moment; changes made meanwhile (an editor's burst of saves) share it. */
    private void passSoon() {
        if (passWanted.compareAndSet(false, true)) {
            passes.schedule(
                    () -> {
                        passWanted.set(false);
                        try {
                            renderMissing();
                        } catch (RuntimeException e) {
                            log.warn("Prerendering public pages failed: {}", e.getMessage());
                        }
                    },
                    2,
                    TimeUnit.SECONDS);
        }
    }

    /**
     * Renders every claim, speaker and topic page missing from the store, newest claims first.
     *
     * @return how many pages were rendered (a page changed while it rendered is not kept; the change
     *     asks for another pass)
     */
    int renderMissing() {
        if (port <= 0) {
            return 0;
        }
        long started = System.nanoTime();
        var answered = new AtomicInteger();
        int rendered = 0;
        for (var language : LANGUAGES) {
            rendered += render(language, missingListings(language), answered);
            long before = Long.MAX_VALUE;
            List<Missing> claims;
            while (!(claims = missingClaims(language, before)).isEmpty()) {
                rendered += render(language, claims.stream().map(Missing::path).toList(), answered);
                before = claims.get(claims.size() - 1).id();
            }
        }
        if (rendered > 0) {
            log.info(
                    "Prerendered {} public pages ({} answered) in {} ms",
                    rendered,
                    answered.get(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return answered.get();
    }

    private record Missing(long id, String path) {}

    /** Published claims below an id whose page in this language is not stored. */
    private List<Missing> missingClaims(String language, long before) {
        return jdbc.sql("""
                        select c.id, '/claims/' || c.id || '-' || c.slug
                        from claim c
                        where c.status = 'PUBLISHED' and c.id < :before
                          and not exists (
                              select from rendered_page p
                              where p.generation = :generation
                                and p.key = :language || ' /claims/' || c.id || '-' || c.slug)
                        order by c.id desc
                        limit :batch""")
                .param("before", before)
                .param("generation", store.generation())
                .param("language", language)
                .param("batch", BATCH)
                .query((rs, row) -> new Missing(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Speakers and topics with published claims whose page in this language is not stored. */
    private List<String> missingListings(String language) {
        return jdbc.sql("""
                        select path from (
                            select '/speakers/' || s.slug as path
                            from speaker s
                            where exists (select from claim c where c.speaker_id = s.id and c.status = 'PUBLISHED')
                            union all
                            select '/topics/' || t.slug
                            from topic t
                            where exists (
                                select from claim_topic ct join claim c on c.id = ct.claim_id
                                where ct.topic_id = t.id and c.status = 'PUBLISHED')) listing
                        where not exists (
                            select from rendered_page p
                            where p.generation = :generation and p.key = :language || ' ' || listing.path)""")
                .param("generation", store.generation())
                .param("language", language)
                .query(String.class)
                .list();
    }

    private int render(String language, List<String> paths, AtomicInteger answered) {
        if (paths.isEmpty()) {
            return 0;
        }
        var tasks = new ArrayList<Callable<Void>>();
        for (var path : paths) {
            tasks.add(() -> {
                if (request(language, path)) {
                    answered.incrementAndGet();
                }
                return null;
            });
        }
        try {
            for (var future : renderers.invokeAll(tasks)) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("Prerendering a page failed: {}", e.getCause().getMessage());
        }
        return paths.size();
    }

    private boolean request(String language, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", language)
                .header("Accept-Encoding", "gzip")
                .header(PageCache.PRERENDER_HEADER, pageCache.prerenderToken())
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            log.debug("Prerendering {} failed: {}", path, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void destroy() {
        passes.shutdownNow();
        renderers.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        var count = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package org.factline.publishing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.shared.LanguageAddresses;
import org.factline.shared.PublicContentChanged;
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
 * Renders the stored pages (claim, speaker and topic pages, as the modules serving them list them through
 * {@link PublishedPages}) missing from the {@link PageStore}, in both languages, so that readers find
 * them rendered: after a start (a new build renders none of the old pages), and after
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

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final List<PublishedPages> pages;
    private final PageStore store;
    private final PageCache pageCache;
    private final PublishingProperties site;
    private final HttpClient http;
    private final ExecutorService renderers;
    private final ScheduledExecutorService passes;
    private final AtomicBoolean passWanted = new AtomicBoolean();
    private volatile int port;

    /** The public content version whose changes have all been prerendered; -1 before the first pass. */
    private volatile long handled = -1;

    PagePrerenderer(
            JdbcClient jdbc,
            List<PublishedPages> pages,
            PageStore store,
            PageCache pageCache,
            PublishingProperties site) {
        this.jdbc = jdbc;
        this.pages = List.copyOf(pages);
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
                    log.info("Page store complete after start ({} pages rendered)", renderChanged());
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

    /** Asks for a pass in a moment; changes made meanwhile (an editor's burst of saves) share it. */
    private void passSoon() {
        if (passWanted.compareAndSet(false, true)) {
            passes.schedule(
                    () -> {
                        passWanted.set(false);
                        try {
                            renderChanged();
                        } catch (RuntimeException e) {
                            log.warn("Prerendering public pages failed: {}", e.getMessage());
                        }
                    },
                    2,
                    TimeUnit.SECONDS);
        }
    }

    /**
     * Renders the pages the changes since the last pass reached (what they deleted from the store, and a
     * newly published claim's), found through {@code public_content_change}; every missing page on the
     * first pass, or when a change reached everything or its rows were pruned. Looking for every missing
     * page costs a lookup per published claim and language (about 2 s at 100,000 claims), too much for
     * each save.
     *
     * @return how many pages were rendered
     */
    int renderChanged() {
        long now = jdbc.sql("select version from public_content_version where id = 1")
                .query(Long.class)
                .single();
        long since = handled;
        boolean everything = since < 0
                || jdbc.sql("""
                                select count(distinct version) < :now - :since or coalesce(bool_or(scope = '*'), false)
                                from public_content_change where version > :since""")
                        .param("now", now)
                        .param("since", since)
                        .query(Boolean.class)
                        .single();
        int rendered = render(everything ? null : since);
        handled = now;
        return rendered;
    }

    /**
     * Renders every stored page missing from the store, in the order {@link PublishedPages#paths} lists
     * them (listings, then the newest claims first).
     *
     * @return how many pages were rendered (a page changed while it rendered is not kept; the change
     *     asks for another pass)
     */
    int renderMissing() {
        return render(null);
    }

    /** Renders the missing pages among those reached by changes after a version, or all if it is null. */
    private int render(Long since) {
        if (port <= 0) {
            return 0;
        }
        long started = System.nanoTime();
        var answered = new AtomicInteger();
        int rendered = 0;
        var paths = paths(since == null ? null : reachedScopes(since));
        for (var language : LanguageAddresses.LANGUAGES) {
            for (int from = 0; from < paths.size(); from += BATCH) {
                var batch = paths.subList(from, Math.min(paths.size(), from + BATCH));
                rendered += render(language, missing(language, batch), answered);
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

    /** The stored pages there are (reached by these scopes, if given), in the order their modules list them. */
    private List<String> paths(Set<String> reached) {
        var paths = new ArrayList<String>();
        pages.forEach(published -> paths.addAll(published.paths(reached)));
        return paths;
    }

    /** The scopes changes after a version reached, as {@link PublicContentVersion#bump} recorded them. */
    private Set<String> reachedScopes(long since) {
        return Set.copyOf(jdbc.sql("select distinct scope from public_content_change where version > :since")
                .param("since", since)
                .query(String.class)
                .list());
    }

    /** Those of the paths whose page in this language is not stored, in their order. */
    private List<String> missing(String language, List<String> paths) {
        return jdbc.sql("""
                        select path from unnest(:paths) with ordinality as listed(path, position)
                        where not exists (
                            select from rendered_page p
                            where p.generation = :generation and p.key = :language || ' ' || listed.path)
                        order by position""")
                .param("paths", paths.toArray(String[]::new))
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
        // each language's page at its own address (LanguageAddresses); kept under its language and bare path
        var request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + LanguageAddresses.of(language, path)))
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

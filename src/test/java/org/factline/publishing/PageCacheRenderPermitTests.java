package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.factline.IntegrationTest;
import org.factline.Patience;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages render a few at a time; cached pages are served meanwhile, and a request that waited for a
 * page being rendered gets that rendering instead of making its own.
 */
@IntegrationTest
class PageCacheRenderPermitTests {

    @Autowired
    PublicContentVersion versions;

    @Autowired
    PageStore store;

    @Autowired
    PublicPageRoutes routes;

    @Autowired
    LocaleResolver locales;

    @Test
    void cachedPagesAreServedWhileThePermitsAreTakenAndWaitersShareARendering() throws Exception {
        var cache = new PageCache(versions, store, routes, locales, DataSize.ofMegabytes(1), 1);
        var renderedB = new AtomicInteger();
        var slowStarted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        FilterChain fast = (request, response) -> page(response, "page A");
        FilterChain slow = (request, response) -> {
            renderedB.incrementAndGet();
            slowStarted.countDown();
            await(release);
            page(response, "page B");
        };
        var renderedC = new AtomicInteger();
        FilterChain other = (request, response) -> {
            renderedC.incrementAndGet();
            page(response, "page C");
        };
        get(cache, "/claims/1-a", fast);

        var first = CompletableFuture.supplyAsync(() -> get(cache, "/claims/2-b", slow));
        assertThat(slowStarted.await(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        // the only permit is taken: a cached page is still served
        var cached = CompletableFuture.supplyAsync(() -> get(cache, "/claims/1-a", fast));
        assertThat(cached.get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS).getContentAsString())
                .isEqualTo("page A");
        // an uncached page waits, and so does a second request for the page being rendered
        var waiting = CompletableFuture.supplyAsync(() -> get(cache, "/claims/3-c", other));
        var again = CompletableFuture.supplyAsync(() -> get(cache, "/claims/2-b", slow));
        Thread.sleep(300);
        assertThat(renderedC).hasValue(0);
        assertThat(waiting).isNotDone();

        release.countDown();

        assertThat(first.get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS).getContentAsString())
                .isEqualTo("page B");
        assertThat(waiting.get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS).getContentAsString())
                .isEqualTo("page C");
        assertThat(again.get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS).getContentAsString())
                .isEqualTo("page B");
        assertThat(renderedB).as("the waiter got the page rendered meanwhile").hasValue(1);
    }

    private static MockHttpServletResponse get(PageCache cache, String path, FilterChain chain) {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        try {
            cache.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void page(ServletResponse response, String text) throws IOException {
        var http = (HttpServletResponse) response;
        http.setStatus(200);
        http.setContentType("text/html;charset=UTF-8");
        http.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS))
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

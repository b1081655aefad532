package org.factline.timeline;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where readers find Factline. Absolute links (canonical URLs, ClaimReview, feeds, sitemap) are built
 * from this setting, never from a request's Host header, since rendered pages are cached and shared.
 *
 * @param url the public base URL, e.g. https://factline.example.org (FACTLINE_PUBLIC_URL)
 * @param reportSecret the key of the hash kept of a reporter's address (FACTLINE_PUBLIC_REPORT_SECRET)
 * @param cacheSize the memory each instance gives to rendered pages, kept gzipped; a claim page takes about
 *     6 KB, so 128 MB hold some 20,000 (FACTLINE_PUBLIC_CACHE_SIZE)
 * @param renderConcurrency how many public pages an instance renders at once, 0 for four per core
 *     (FACTLINE_PUBLIC_RENDER_CONCURRENCY); cached pages are served whatever the number
 * @param prerender whether claim, speaker and topic pages are rendered ahead of readers, after a start and
 *     after each change (FACTLINE_PUBLIC_PRERENDER)
 * @param prerenderConcurrency how many pages the prerenderer renders at once, 0 for one per core
 *     (FACTLINE_PUBLIC_PRERENDER_CONCURRENCY)
 */
@Validated
@ConfigurationProperties("factline.public")
record PublicSite(
        @DefaultValue("http://localhost:8080") String url,
        @DefaultValue("factline-reports") String reportSecret,
        @DefaultValue("128MB") DataSize cacheSize,
        @DefaultValue("0") @PositiveOrZero int renderConcurrency,
        @DefaultValue("true") boolean prerender,
        @DefaultValue("0") @PositiveOrZero int prerenderConcurrency) {

    /** Pages rendered at once: as configured, or four per core. */
    int rendersAtOnce() {
        return renderConcurrency > 0
                ? renderConcurrency
                : 4 * Runtime.getRuntime().availableProcessors();
    }

    /** Pages prerendered at once: as configured, or one per core. */
    int prerendersAtOnce() {
        return prerenderConcurrency > 0
                ? prerenderConcurrency
                : Runtime.getRuntime().availableProcessors();
    }

    String base() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String absolute(String path) {
        return base() + path;
    }
}

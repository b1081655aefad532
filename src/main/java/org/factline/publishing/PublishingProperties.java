package org.factline.publishing;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How public pages are kept and rendered (the {@code factline.public} settings that concern the cache;
 * the site's address is the reader pages').
 *
 * @param cacheSize the memory each instance gives to rendered pages, kept gzipped; a claim page takes about
 *     6 KB, so 128 MB hold some 20,000 (FACTLINE_PUBLIC_CACHE_SIZE)
 * @param renderConcurrency how many public pages an instance renders at once, 0 for four per core
 *     (FACTLINE_PUBLIC_RENDER_CONCURRENCY); cached pages are served whatever the number
 * @param prerender whether stored pages (claim, speaker and topic pages) are rendered ahead of readers,
 *     after a start and after each change (FACTLINE_PUBLIC_PRERENDER)
 * @param prerenderConcurrency how many pages the prerenderer renders at once, 0 for one per core
 *     (FACTLINE_PUBLIC_PRERENDER_CONCURRENCY)
 */
@Validated
@ConfigurationProperties("factline.public")
record PublishingProperties(
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
}

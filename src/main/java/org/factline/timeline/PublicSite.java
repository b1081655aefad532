package org.factline.timeline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where readers find Factline. Absolute links (canonical URLs, ClaimReview, feeds, sitemap) are built
 * from this setting, never from a request's Host header, since rendered pages are cached and shared.
 * (The other {@code factline.public} settings belong to the page cache and the error reports.)
 *
 * @param url the public base URL, e.g. https://factline.example.org (FACTLINE_PUBLIC_URL)
 */
@Validated
@ConfigurationProperties("factline.public")
record PublicSite(@DefaultValue("http://localhost:8080") String url) {

    String base() {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String absolute(String path) {
        return base() + path;
    }
}

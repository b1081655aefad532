package org.factline.timeline;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The newsroom that publishes the fact-checks: the author machines are told of (ClaimReview's
 * {@code author}, every feed entry's {@code author}), never the speaker of a claim.
 *
 * @param name its name (FACTLINE_ORGANISATION_NAME)
 * @param url its home page (FACTLINE_ORGANISATION_URL); empty for the site's own home page
 */
@Validated
@ConfigurationProperties("factline.organisation")
record Organisation(@DefaultValue("Factline") @NotBlank String name, String url) {

    String homePage(PublicSite site) {
        return url == null || url.isBlank() ? site.absolute("/") : url;
    }
}

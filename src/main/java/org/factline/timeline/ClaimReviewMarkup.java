package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import org.factline.speaker.SpeakerKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema.org ClaimReview of a claim page, built from the same read model as the page so that the
 * markup says exactly what the reader sees (the rating label in the page's language included).
 */
@Component
class ClaimReviewMarkup {

    private final JsonMapper json;
    private final PublicSite site;
    private final ZoneId zone;

    ClaimReviewMarkup(JsonMapper json, PublicSite site, @Value("${factline.time-zone:Asia/Jakarta}") String zone) {
        this.json = json;
        this.site = site;
        this.zone = ZoneId.of(zone);
    }

    /** The JSON-LD, safe to place inside a script element; null when the claim has no published verdict. */
    String of(ClaimPage page, Locale locale) {
        var verdict = page.verdict();
        if (verdict == null) {
            return null;
        }
        var claim = page.claim();
        var review = json.createObjectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", site.absolute(claim.path()));
        review.put("claimReviewed", claim.summary());
        review.put("datePublished", day(firstPublished(page)));
        review.put("dateModified", day(verdict.publishedAt()));
        review.put("inLanguage", locale.getLanguage());
        var author = review.putObject("author");
        author.put("@type", "Organization");
        author.put("name", "Factline");
        author.put("url", site.absolute("/"));

        var rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", verdict.rating().value());
        rating.put("bestRating", page.bestRating());
        rating.put("worstRating", page.worstRating());
        rating.put("alternateName", verdict.rating().getLabel(locale));

        var item = review.putObject("itemReviewed");
        item.put("@type", "Claim");
        var speaker = item.putObject("author");
        speaker.put("@type", page.speaker().kind() == SpeakerKind.ORGANISATION ? "Organization" : "Person");
        speaker.put("name", page.speaker().name());
        if (page.speaker().wikidataId() != null) {
            speaker.put(
                    "sameAs", "https://www.wikidata.org/wiki/" + page.speaker().wikidataId());
        }
        if (claim.said().isKnown()) {
            item.put("datePublished", claim.said().iso());
        }
        var appearances = item.putArray("appearance");
        page.appearances().forEach(appearance -> appearances.add(work(appearance)));
        page.appearances().stream()
                .filter(a -> a.article().publishedAt() != null)
                .min(Comparator.comparing(a -> a.article().publishedAt()))
                .or(() -> page.appearances().stream().findFirst())
                .ifPresent(first -> item.set("firstAppearance", work(first)));

        // "</script>" must never close the element early: escape the characters HTML cares about
        return json.writeValueAsString(review)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    private ObjectNode work(ClaimPage.AppearanceView appearance) {
        var article = appearance.article();
        var work = json.createObjectNode();
        work.put("@type", "CreativeWork");
        work.put("url", article.url());
        work.put("headline", article.title());
        if (article.publishedAt() != null) {
            work.put("datePublished", day(article.publishedAt()));
        }
        var publisher = work.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", article.outlet());
        return work;
    }

    private static Instant firstPublished(ClaimPage page) {
        var first = page.verdict().publishedAt();
        for (var earlier : page.earlierVerdicts()) {
            if (earlier.publishedAt() != null && earlier.publishedAt().isBefore(first)) {
                first = earlier.publishedAt();
            }
        }
        return first;
    }

    private String day(Instant instant) {
        return LocalDate.ofInstant(instant, zone).toString();
    }
}

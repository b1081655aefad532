package org.factline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.shared.LanguageAddresses;
import org.factline.speaker.SpeakerKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The schema.org ClaimReview of a claim page, built from the same read model as the page so that the
 * markup says exactly what the reader sees (the rating label in the page's language included).
 */
@Component
class ClaimReviewMarkup {

    private final PublicSite site;
    private final Organisation organisation;
    private final ZoneId zone;

    ClaimReviewMarkup(
            PublicSite site, Organisation organisation, @Value("${factline.time-zone:Asia/Jakarta}") String zone) {
        this.site = site;
        this.organisation = organisation;
        this.zone = ZoneId.of(zone);
    }

    /**
     * The ClaimReview as a JSON tree (maps, lists, strings and numbers); null when the claim has no
     * published verdict. The template writes it with Thymeleaf's JavaScript inlining, which serialises
     * and escapes it for the script element: nothing here is ever written as raw HTML.
     */
    Map<String, Object> of(ClaimPage page, Locale locale) {
        var verdict = page.verdict();
        if (verdict == null) {
            return null;
        }
        var claim = page.claim();
        var review = new LinkedHashMap<String, Object>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        // the page in the review's language, at its own address
        review.put("url", site.absolute(LanguageAddresses.of(locale.getLanguage(), claim.path())));
        // the page's language where the newsroom wrote it, else the other one, as the page shows them
        var language = locale.getLanguage();
        var conclusion = verdict.summaryIn(language);
        review.put("claimReviewed", claim.summaryIn(language).text());
        review.put("reviewBody", conclusion.text());
        review.put("datePublished", day(firstPublished(page)));
        review.put("dateModified", day(lastModified(page)));
        review.put("inLanguage", conclusion.language());
        review.put(
                "author",
                Map.of("@type", "Organization", "name", organisation.name(), "url", organisation.homePage(site)));

        // a rating off the true-to-false line (Unproven, Misleading, Satire) has no place on it: its label
        // alone, so that no machine reads it as more (or less) false than False
        var rating = new LinkedHashMap<String, Object>();
        rating.put("@type", "Rating");
        if (verdict.ratingOnScale()) {
            rating.put("ratingValue", verdict.rating().value());
            rating.put("bestRating", page.bestRating());
            rating.put("worstRating", page.worstRating());
        }
        rating.put("alternateName", verdict.rating().getLabel(locale));
        review.put("reviewRating", rating);

        var item = new LinkedHashMap<String, Object>();
        item.put("@type", "Claim");
        var speaker = new LinkedHashMap<String, Object>();
        speaker.put("@type", page.speaker().kind() == SpeakerKind.ORGANISATION ? "Organization" : "Person");
        speaker.put("name", page.speaker().name());
        if (page.speaker().wikidataId() != null) {
            speaker.put(
                    "sameAs", "https://www.wikidata.org/wiki/" + page.speaker().wikidataId());
        }
        item.put("author", speaker);
        if (claim.said().isKnown()) {
            item.put("datePublished", claim.said().iso());
        }
        var appearances = inOrderOfAppearing(page);
        if (!appearances.isEmpty()) {
            item.put("firstAppearance", work(appearances.get(0)));
        }
        if (appearances.size() > 1) {
            item.put(
                    "appearance",
                    appearances.subList(1, appearances.size()).stream()
                            .map(this::work)
                            .toList());
        }
        review.put("itemReviewed", item);
        return review;
    }

    /**
     * The claim's appearances, earliest first. An appearance is dated by its article's publication; an
     * article recorded without a date is dated by the day the claim was said (it cannot have appeared
     * before; the start of that day, or of the month or year said). At the same moment a dated article comes
     * before an undated one, then the page's own order is kept; appearances with no date at all come last.
     */
    List<ClaimPage.AppearanceView> inOrderOfAppearing(ClaimPage page) {
        var said = page.claim().said().getDate();
        var saidAt = said == null ? null : said.atStartOfDay(zone).toInstant();
        return page.appearances().stream()
                .sorted(Comparator.comparing(
                                (ClaimPage.AppearanceView a) -> a.article().publishedAt() != null
                                        ? a.article().publishedAt()
                                        : saidAt,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.article().publishedAt() == null))
                .toList();
    }

    private Map<String, Object> work(ClaimPage.AppearanceView appearance) {
        var article = appearance.article();
        var work = new LinkedHashMap<String, Object>();
        work.put("@type", "CreativeWork");
        work.put("url", article.url());
        work.put("headline", article.title());
        if (article.publishedAt() != null) {
            work.put("datePublished", day(article.publishedAt()));
        }
        work.put("publisher", Map.of("@type", "Organization", "name", article.outlet()));
        return work;
    }

    /** The verdict's publication or the claim's last published update, minor fixes included: both change the review. */
    private static Instant lastModified(ClaimPage page) {
        var verdict = page.verdict().publishedAt();
        return page.lastUpdated() != null && page.lastUpdated().isAfter(verdict) ? page.lastUpdated() : verdict;
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

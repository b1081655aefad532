package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factline.publishing.PageScopes;
import org.factline.publishing.PublicPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/** The public page of a published claim. Drafts are "not found" to readers, never "forbidden". */
@Controller
class PublicClaimController {

    static final String VIEW = "timeline/claim";
    static final String RETRACTED_VIEW = "timeline/retracted";

    private final ReaderPages pages;
    private final RetractionNotices retractions;
    private final ClaimReviewMarkup claimReview;
    private final PublicSite site;

    PublicClaimController(
            ReaderPages pages, RetractionNotices retractions, ClaimReviewMarkup claimReview, PublicSite site) {
        this.pages = pages;
        this.retractions = retractions;
        this.claimReview = claimReview;
        this.site = site;
    }

    /** A claim's short link, and old links after its summary (and so its slug) changed. */
    @GetMapping("/claims/{id:\\d{1,18}}")
    String shortLink(@PathVariable long id) {
        var path = pages.claimPage(id)
                .map(page -> page.claim().path())
                .or(() -> retractions.inForce(id).map(RetractionNotices.Notice::path));
        return "redirect:" + path.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PublicPage(stored = true)
    @GetMapping("/claims/{id:\\d{1,18}}-{slug}")
    String claim(
            @PathVariable long id,
            @PathVariable String slug,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        var published = pages.claimPage(id);
        if (published.isEmpty()) {
            return retracted(id, slug, model, request, response, locale);
        }
        var page = published.get();
        if (!page.claim().slug().equals(slug)) {
            return movedTo(page.claim().path(), request);
        }
        PageScopes.shows(request, scopes(page));
        model.addAttribute("page", page);
        model.addAttribute("canonical", site.absolute(page.claim().path()));
        model.addAttribute("claimReview", claimReview.of(page, locale));
        model.addAttribute("ogType", "article");
        model.addAttribute(
                "ogTitle", page.claim().summaryIn(locale.getLanguage()).text());
        model.addAttribute("reportUrl", "/claims/" + page.claim().id() + "/report");
        model.addAttribute(
                "ogDescription",
                page.verdict() == null
                        ? page.claim().text()
                        : page.verdict().rating().getLabel(locale) + ": "
                                + page.verdict().summaryIn(locale.getLanguage()).text());
        return VIEW;
    }

    /**
     * A retracted claim's address answers 410 Gone with the notice: what was published, when, and when and
     * why it was withdrawn. Other claims readers cannot see (drafts, unknown ids) are "not found". The notice
     * shows the claim alone (a copy that never changes), so only a change of the claim renews it.
     */
    private String retracted(
            long id,
            String slug,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        var notice = retractions.inForce(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!notice.slug().equals(slug)) {
            return movedTo(notice.path(), request);
        }
        PageScopes.shows(request, Set.of(PageScope.claim(id)));
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("notice", notice);
        model.addAttribute("ogTitle", notice.summaryIn(locale.getLanguage()).text());
        model.addAttribute("ogDescription", notice.reason());
        return RETRACTED_VIEW;
    }

    /** An old slug (the summary changed): the claim has moved for good, so links and indexes follow it (301). */
    private static String movedTo(String path, HttpServletRequest request) {
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
        return "redirect:" + path;
    }

    /**
     * The claim, its speaker and its topics. The related claims are of the same speaker or topics, so a
     * change to any of them reaches this page too.
     */
    private static Set<String> scopes(ClaimPage page) {
        var scopes = new HashSet<String>();
        scopes.add(PageScope.claim(page.claim().id()));
        scopes.add(PageScope.speaker(page.speaker().slug()));
        page.topics().forEach(topic -> scopes.add(PageScope.topic(topic.slug())));
        return scopes;
    }
}

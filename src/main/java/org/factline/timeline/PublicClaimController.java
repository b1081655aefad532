package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
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

/** The public page of a published claim. Drafts are "not found" to readers, never "forbidden". */
@Controller
class PublicClaimController {

    static final String VIEW = "timeline/claim";

    private final ReaderPages pages;
    private final ClaimReviewMarkup claimReview;
    private final PublicSite site;

    PublicClaimController(ReaderPages pages, ClaimReviewMarkup claimReview, PublicSite site) {
        this.pages = pages;
        this.claimReview = claimReview;
        this.site = site;
    }

    /** A claim's short link, and old links after its summary (and so its slug) changed. */
    @GetMapping("/claims/{id:\\d{1,18}}")
    String shortLink(@PathVariable long id) {
        return "redirect:" + published(id).claim().path();
    }

    @PublicPage(stored = true)
    @GetMapping("/claims/{id:\\d{1,18}}-{slug}")
    String claim(
            @PathVariable long id, @PathVariable String slug, Model model, Locale locale, HttpServletRequest request) {
        var page = published(id);
        if (!page.claim().slug().equals(slug)) {
            return "redirect:" + page.claim().path();
        }
        PageScopes.shows(request, scopes(page));
        model.addAttribute("page", page);
        model.addAttribute("canonical", site.absolute(page.claim().path()));
        model.addAttribute("claimReview", claimReview.of(page, locale));
        model.addAttribute("ogType", "article");
        model.addAttribute("ogTitle", page.claim().summary());
        model.addAttribute("reportUrl", "/claims/" + page.claim().id() + "/report");
        model.addAttribute(
                "ogDescription",
                page.verdict() == null
                        ? page.claim().text()
                        : page.verdict().rating().getLabel(locale) + ": "
                                + page.verdict().summary());
        return VIEW;
    }

    private ClaimPage published(long id) {
        return pages.claimPage(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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

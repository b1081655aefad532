package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.factline.filter.ClaimFilter;
import org.factline.publishing.PageScopes;
import org.factline.publishing.PublicPage;
import org.factline.speaker.SpeakerManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/** A speaker: who they are, how their checked claims were rated, and those claims newest first. */
@Controller
class SpeakerController {

    static final String VIEW = "timeline/speaker";

    private final ReaderPages pages;
    private final PublicSite site;
    private final SpeakerManagement speakers;

    SpeakerController(ReaderPages pages, PublicSite site, SpeakerManagement speakers) {
        this.pages = pages;
        this.site = site;
        this.speakers = speakers;
    }

    @PublicPage(stored = true)
    @GetMapping("/speakers/{slug:[a-z0-9-]{1,200}}")
    String speaker(
            @PathVariable String slug,
            @RequestParam(required = false) String page,
            Model model,
            HttpServletRequest request) {
        var kept = speakers.mergedInto(slug);
        if (kept.isPresent() && pages.isPublicSpeaker(kept.get().getSlug())) {
            // a speaker merged into another: their address lives on, permanently moved
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:/speakers/" + kept.get().getSlug();
        }
        var speakerPage = pages.speakerPage(slug, ClaimFilter.readerPage(page))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageScopes.shows(request, Set.of(PageScope.speaker(slug)));
        model.addAttribute("page", speakerPage);
        model.addAttribute("noFilter", ClaimFilter.none());
        model.addAttribute("canonical", site.absolute("/speakers/" + slug));
        model.addAttribute("feed", "/speakers/" + slug + "/feed.atom");
        model.addAttribute("ogDescription", speakerPage.speaker().getDescription());
        return VIEW;
    }
}

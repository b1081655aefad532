package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.factline.claim.TopicManagement;
import org.factline.filter.ClaimFilter;
import org.factline.publishing.PageScopes;
import org.factline.publishing.PublicPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;

/** A story across speakers, in the order things were said. */
@Controller
class TopicController {

    static final String VIEW = "timeline/topic";

    private final ReaderPages pages;
    private final PublicSite site;
    private final TopicManagement topics;

    TopicController(ReaderPages pages, PublicSite site, TopicManagement topics) {
        this.pages = pages;
        this.site = site;
        this.topics = topics;
    }

    @PublicPage(stored = true)
    @GetMapping("/topics/{slug:[a-z0-9-]{1,200}}")
    String topic(
            @PathVariable String slug,
            @RequestParam(required = false) String page,
            Locale locale,
            Model model,
            HttpServletRequest request) {
        var moved = topics.movedTo(slug);
        if (moved.isPresent()) {
            // a topic renamed or merged into another: its old address lives on, permanently moved
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:/topics/" + moved.get().getSlug();
        }
        var topicPage = pages.topicPage(slug, ClaimFilter.readerPage(page), locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageScopes.shows(request, Set.of(PageScope.topic(slug)));
        model.addAttribute("page", topicPage);
        model.addAttribute("noFilter", ClaimFilter.none());
        model.addAttribute("canonical", site.absolute("/topics/" + slug));
        model.addAttribute("feed", "/topics/" + slug + "/feed.atom");
        model.addAttribute("ogDescription", topicPage.topic().description());
        return VIEW;
    }
}

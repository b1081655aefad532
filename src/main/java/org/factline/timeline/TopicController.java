package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
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

/** A story across speakers, in the order things were said. */
@Controller
class TopicController {

    static final String VIEW = "timeline/topic";

    private final ReaderPages pages;
    private final PublicSite site;

    TopicController(ReaderPages pages, PublicSite site) {
        this.pages = pages;
        this.site = site;
    }

    @PublicPage(stored = true)
    @GetMapping("/topics/{slug:[a-z0-9-]{1,200}}")
    String topic(
            @PathVariable String slug,
            @RequestParam(required = false) String page,
            Model model,
            HttpServletRequest request) {
        var topicPage = pages.topicPage(slug, ClaimFilter.readerPage(page))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PageScopes.shows(request, Set.of(PageScope.topic(slug)));
        model.addAttribute("page", topicPage);
        model.addAttribute("noFilter", ClaimFilter.none());
        model.addAttribute("canonical", site.absolute("/topics/" + slug));
        model.addAttribute("feed", "/topics/" + slug + "/feed.atom");
        return VIEW;
    }
}

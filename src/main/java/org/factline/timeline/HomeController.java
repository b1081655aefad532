package org.factline.timeline;

import org.factline.filter.ClaimFilter;
import org.factline.publishing.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Latest fact-checks, and browsing them by rating, speaker, topic and the dates claims were made. */
@Controller
class HomeController {

    static final String VIEW = "timeline/home";

    private final ReaderPages pages;
    private final PublicSite site;

    HomeController(ReaderPages pages, PublicSite site) {
        this.pages = pages;
        this.site = site;
    }

    @PublicPage
    @GetMapping("/")
    String home(
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            Model model) {
        var filter = ClaimFilter.read(
                ClaimFilter.Parameters.browse(speaker, topic, rating, from, to, page),
                ClaimFilter.Audience.READERS,
                pages.ratingCodes(),
                null);
        var home = pages.home(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("claims", home.claims());
        model.addAttribute("options", home.options());
        model.addAttribute("canonical", site.absolute("/"));
        model.addAttribute("feed", "/feed.atom");
        return VIEW;
    }
}

package org.factline.timeline;

import org.factline.publishing.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that explain how Factline works: the methodology, every correction and every retraction. */
@Controller
class InformationController {

    static final String METHODOLOGY = "timeline/methodology";
    static final String CORRECTIONS = "timeline/corrections";

    private final ClaimListings listings;
    private final RetractionNotices retractions;
    private final PublicSite site;

    InformationController(ClaimListings listings, RetractionNotices retractions, PublicSite site) {
        this.listings = listings;
        this.retractions = retractions;
        this.site = site;
    }

    @PublicPage
    @GetMapping("/methodology")
    String methodology(Model model) {
        model.addAttribute("ratings", listings.ratings());
        model.addAttribute("canonical", site.absolute("/methodology"));
        return METHODOLOGY;
    }

    @PublicPage
    @GetMapping("/corrections")
    String corrections(Model model, java.util.Locale locale) {
        model.addAttribute("corrections", listings.corrections(locale.getLanguage()));
        model.addAttribute("retractions", retractions.all());
        model.addAttribute("canonical", site.absolute("/corrections"));
        return CORRECTIONS;
    }
}

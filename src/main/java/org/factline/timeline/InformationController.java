package org.factline.timeline;

import org.factline.publishing.PublicPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages that explain how Factline works: the methodology and every correction made. */
@Controller
class InformationController {

    static final String METHODOLOGY = "timeline/methodology";
    static final String CORRECTIONS = "timeline/corrections";

    private final ClaimListings listings;
    private final PublicSite site;

    InformationController(ClaimListings listings, PublicSite site) {
        this.listings = listings;
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
    String corrections(Model model) {
        model.addAttribute("corrections", listings.corrections());
        model.addAttribute("canonical", site.absolute("/corrections"));
        return CORRECTIONS;
    }
}

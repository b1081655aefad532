package org.factline.search;

import org.factline.timeline.ClaimFilter;
import org.factline.timeline.ClaimListings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search with the same filters as browsing; an empty or fruitless query gets help, not a blank page. */
@Controller
class SearchController {

    static final String VIEW = "search/search";

    private final Searches searches;
    private final ClaimListings listings;

    SearchController(Searches searches, ClaimListings listings) {
        this.searches = searches;
        this.listings = listings;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            Model model) {
        var filter = ClaimFilter.of(q, speaker, topic, rating, from, to, page);
        model.addAttribute("filter", filter);
        model.addAttribute("options", listings.options());
        if (filter.hasQuery() || filter.narrowed()) {
            model.addAttribute("results", searches.search(filter));
        }
        return VIEW;
    }
}

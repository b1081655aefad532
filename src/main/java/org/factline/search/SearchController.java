package org.factline.search;

import java.util.HashMap;
import java.util.Locale;
import org.factline.filter.ClaimFilter;
import org.factline.publishing.PublicPage;
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

    @PublicPage
    @GetMapping("/search")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String speaker,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String rating,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            Locale locale,
            Model model) {
        var filter = ClaimFilter.read(
                ClaimFilter.Parameters.search(q, speaker, topic, rating, from, to, page),
                ClaimFilter.Audience.READERS,
                listings.ratingCodes(),
                null);
        model.addAttribute("filter", filter);
        model.addAttribute("options", listings.options());
        if (filter.hasQuery()) {
            model.addAttribute("results", results(searches.search(filter, locale.getLanguage())));
        } else if (filter.narrowed()) {
            model.addAttribute("results", listings.browse(filter));
        }
        return VIEW;
    }

    /** The matches as cards, in search's order, each with the words that matched. */
    private ClaimListings.Page results(Searches.Results results) {
        var hits = new HashMap<Long, Searches.Hit>();
        results.hits().forEach(hit -> hits.put(hit.claimId(), hit));
        var cards = listings
                .cards(results.hits().stream().map(Searches.Hit::claimId).toList())
                .stream()
                .map(card -> {
                    var hit = hits.get(card.id());
                    return card.withSnippet(hit.snippet(), hit.language());
                })
                .toList();
        return new ClaimListings.Page(cards, results.number(), results.hasNext(), results.ranked());
    }
}

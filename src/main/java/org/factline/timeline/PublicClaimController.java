package org.factline.timeline;

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

    PublicClaimController(ReaderPages pages) {
        this.pages = pages;
    }

    @GetMapping({"/claims/{id:\\d+}", "/claims/{id:\\d+}-{slug}"})
    String claim(@PathVariable long id, @PathVariable(required = false) String slug, Model model) {
        var page = pages.claimPage(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!page.claim().getSlug().equals(slug)) {
            return "redirect:" + page.claim().path();
        }
        model.addAttribute("page", page);
        return VIEW;
    }
}

package org.factline.desk;

import org.factline.article.ArticleManagement;
import org.factline.article.CanonicalUrl;
import org.factline.speaker.SpeakerManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Small answers for htmx while an editor types; the forms work without them. */
@Controller
class DeskLookupController {

    static final String FRAGMENTS = "desk/fragments";

    private final SpeakerManagement speakers;
    private final ArticleManagement articles;

    DeskLookupController(SpeakerManagement speakers, ArticleManagement articles) {
        this.speakers = speakers;
        this.articles = articles;
    }

    /** Speakers whose name or alias contains what was typed. */
    @GetMapping("/desk/speakers/suggest")
    String suggestSpeakers(@RequestParam(name = "speakerName", defaultValue = "") String typed, Model model) {
        model.addAttribute("speakers", speakers.suggest(typed, 20));
        return FRAGMENTS + " :: speakerOptions";
    }

    /** Whether a URL is valid and already recorded, as the editor types it. */
    @GetMapping("/desk/articles/check")
    String checkUrl(@RequestParam(defaultValue = "") String url, Model model) {
        if (url.isBlank()) {
            model.addAttribute("invalid", false);
            return FRAGMENTS + " :: urlCheck";
        }
        boolean valid = CanonicalUrl.isValid(url);
        model.addAttribute("invalid", !valid);
        model.addAttribute("canonical", valid ? CanonicalUrl.clean(url) : null);
        model.addAttribute("existing", valid ? articles.findByUrl(url).orElse(null) : null);
        return FRAGMENTS + " :: urlCheck";
    }
}

package org.factline.desk;

import java.util.Locale;
import org.factline.claim.ClaimManagement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The claim's history on the desk, in the desk's language ({@link ClaimHistory}). */
@Controller
class ClaimHistoryController {

    static final String HISTORY_VIEW = "desk/history";

    private final ClaimManagement claims;
    private final ClaimHistory history;

    ClaimHistoryController(ClaimManagement claims, ClaimHistory history) {
        this.claims = claims;
        this.history = history;
    }

    @GetMapping("/desk/claims/{id}/history")
    String history(@PathVariable long id, Locale locale, Model model) {
        var claim = claims.findForDesk(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("claim", claim);
        model.addAttribute("entries", history.of(id, locale));
        return HISTORY_VIEW;
    }
}

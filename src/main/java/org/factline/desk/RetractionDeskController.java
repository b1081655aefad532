package org.factline.desk;

import jakarta.validation.Valid;
import org.factline.account.FactlineUser;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimRetractions;
import org.factline.claim.ClaimStatus;
import org.factline.shared.WorkflowException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Retracting a published claim: an editor's step, asked once more on a page of its own that names the
 * claim and asks for the public reason readers will read at its address.
 */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class RetractionDeskController {

    static final String VIEW = "desk/retract";

    private final ClaimManagement claims;
    private final ClaimRetractions retractions;

    RetractionDeskController(ClaimManagement claims, ClaimRetractions retractions) {
        this.claims = claims;
        this.retractions = retractions;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("reason", "confirm");
    }

    /** Asks before a claim leaves the public site, naming it, with the public reason to write. */
    @GetMapping("/desk/claims/{id}/unpublish")
    String confirm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        var claim = claim(id);
        if (claim.getStatus() != ClaimStatus.PUBLISHED) {
            redirect.addFlashAttribute("error", "claim.error.notPublished");
            return "redirect:/desk/claims/" + id;
        }
        model.addAttribute("form", RetractionForm.empty());
        return show(claim, model);
    }

    @PostMapping("/desk/claims/{id}/unpublish")
    String retract(
            @PathVariable long id,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("form") RetractionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(form.confirm())) {
            return "redirect:/desk/claims/" + id + "/unpublish";
        }
        var claim = claim(id);
        if (!result.hasErrors()) {
            try {
                retractions.retract(id, form.reason(), user.userId());
                redirect.addFlashAttribute("message", "desk.claim.unpublished");
                return "redirect:/desk/claims/" + id;
            } catch (WorkflowException e) {
                if (e.getFieldErrors().isEmpty()) {
                    redirect.addFlashAttribute("error", e.getMessageKey());
                    return "redirect:/desk/claims/" + id;
                }
                Refusals.show(e, result);
            }
        }
        return show(claim, model);
    }

    private Claim claim(long id) {
        return claims.findForDesk(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(Claim claim, Model model) {
        model.addAttribute("claim", claim);
        model.addAttribute("reasonMax", org.factline.claim.Retraction.REASON_MAX);
        return VIEW;
    }
}

package org.factline.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import org.factline.account.FactlineUser;
import org.factline.claim.ClaimManagement;
import org.factline.filter.ClaimFilter;
import org.factline.shared.WorkflowException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Giving a claim to a colleague: from the claim's desk page, or many at once from the desk's list
 * (checkboxes, an assignee and a button; no script needed). The assignee is a reporter or editor whose
 * account is active, or no one ({@code none}); anything else is answered with the desk's 400 page naming
 * it, and nothing changes.
 */
@Controller
class AssignmentController {

    /** The most claims one bulk assignment takes: a page of the list at its largest. */
    static final int MAX_BULK = 200;

    private final ClaimManagement claims;
    private final Colleagues colleagues;

    AssignmentController(ClaimManagement claims, Colleagues colleagues) {
        this.claims = claims;
        this.colleagues = colleagues;
    }

    @PostMapping("/desk/claims/{id:\\d{1,18}}/assign")
    String assign(
            @AuthenticationPrincipal FactlineUser user,
            @PathVariable long id,
            @RequestParam(required = false) String assignee,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var chosen = assignee(assignee);
        if (chosen == null) {
            return refused(new ClaimFilter.Problem("assignee", assignee, "filter.problem.assignee"), model, response);
        }
        try {
            claims.assign(List.of(id), chosen == ClaimFilter.UNASSIGNED ? null : chosen, user.userId());
        } catch (WorkflowException e) {
            return refused(new ClaimFilter.Problem("id", String.valueOf(id), e.getMessageKey()), model, response);
        }
        redirect.addFlashAttribute(
                "message", chosen == ClaimFilter.UNASSIGNED ? "desk.assign.cleared" : "desk.assign.done");
        return "redirect:/desk/claims/" + id;
    }

    /** Assigns the claims ticked in the desk's list, then goes back to the same page of the list. */
    @PostMapping("/desk/claims/assign")
    String assignMany(
            @AuthenticationPrincipal FactlineUser user,
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String back,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var list = "/desk" + (back != null && back.startsWith("?") && !back.contains("\n") ? back : "")
                + "#claims-heading";
        var chosen = assignee(assignee);
        if (chosen == null) {
            return refused(new ClaimFilter.Problem("assignee", assignee, "filter.problem.assignee"), model, response);
        }
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("error", "desk.assign.error.noneChosen");
            return "redirect:" + list;
        }
        var claimIds = new LinkedHashSet<Long>();
        for (var id : ids) {
            try {
                claimIds.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                return refused(new ClaimFilter.Problem("ids", id, "desk.assign.error.unknownClaim"), model, response);
            }
        }
        if (claimIds.size() > MAX_BULK) {
            return refused(
                    new ClaimFilter.Problem("ids", String.valueOf(claimIds.size()), "desk.assign.error.tooMany"),
                    model,
                    response);
        }
        try {
            claims.assign(claimIds, chosen == ClaimFilter.UNASSIGNED ? null : chosen, user.userId());
        } catch (WorkflowException e) {
            return refused(new ClaimFilter.Problem("ids", String.join(", ", ids), e.getMessageKey()), model, response);
        }
        redirect.addFlashAttribute("message", "desk.assign.doneMany");
        return "redirect:" + list;
    }

    /** The colleague chosen ({@link ClaimFilter#UNASSIGNED} for no one), or null when there is none such. */
    private Long assignee(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().equalsIgnoreCase("none")) {
            return ClaimFilter.UNASSIGNED;
        }
        try {
            return colleagues
                    .find(Long.parseLong(value.strip()))
                    .map(Colleagues.Colleague::id)
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String refused(ClaimFilter.Problem problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", problem);
        return DeskController.BAD_FILTER_VIEW;
    }
}

package org.factline.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.factline.account.FactlineUser;
import org.factline.shared.EditConflictException;
import org.factline.shared.Revision;
import org.factline.shared.WorkflowException;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The verdict workflow on the desk: a reporter drafts and submits; an editor other than the author
 * publishes or sends it back; a published verdict is only ever replaced by a correction.
 */
@Controller
class VerdictDeskController {

    static final String EDIT_VIEW = "desk/verdict-form";

    private final VerdictManagement verdicts;
    private final DeskPages pages;
    private final EditMerges merges;

    VerdictDeskController(VerdictManagement verdicts, DeskPages pages, EditMerges merges) {
        this.verdicts = verdicts;
        this.pages = pages;
        this.merges = merges;
    }

    /** A new draft verdict, or, when the claim already has a published one, a correction of it. */
    @PostMapping("/desk/claims/{claimId}/verdicts")
    String draft(
            @PathVariable long claimId,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("verdictForm") VerdictForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.checkWritten(result);
        if (!result.hasErrors()) {
            var request = new NewVerdict(claimId, form.ratingId(), form.summaries(), form.rationales(), user.userId());
            try {
                var verdict = verdicts.draftOrCorrect(request, form.correctionReason());
                redirect.addFlashAttribute(
                        "message",
                        verdict.getSupersedesId() != null ? "desk.verdict.correctionDrafted" : "desk.verdict.drafted");
                return "redirect:/desk/claims/" + claimId + "#verdict";
            } catch (WorkflowException e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute(
                "page", pages.claim(claimId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("sourceForm", SourceForm.empty());
        model.addAttribute("appearanceForm", AppearanceForm.empty());
        return ClaimDeskController.VIEW;
    }

    @GetMapping("/desk/verdicts/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        var revision = verdicts.latestRevision(id);
        var verdict = find(id);
        model.addAttribute(EditMerges.REVISION, revision.map(Revision::getId).orElse(null));
        model.addAttribute("verdict", verdict);
        model.addAttribute("ratings", verdicts.ratingsOfScale(verdict.getRatingScaleId()));
        model.addAttribute("verdictForm", VerdictForm.of(verdict));
        return EDIT_VIEW;
    }

    @PostMapping("/desk/verdicts/{id}/edit")
    String revise(
            @PathVariable long id,
            @Valid @ModelAttribute("verdictForm") VerdictForm form,
            BindingResult result,
            @AuthenticationPrincipal FactlineUser user,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var verdict = find(id);
        var ratings = verdicts.ratingsOfScale(verdict.getRatingScaleId());
        form.checkWritten(result);
        if (!result.hasErrors()) {
            try {
                return merges.save(edit(verdict, user.userId()), form, request, model, response, redirect);
            } catch (WorkflowException e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute(EditMerges.REVISION, request.getParameter(EditMerges.REVISION));
        model.addAttribute("verdict", verdict);
        model.addAttribute("ratings", ratings);
        return EDIT_VIEW;
    }

    /**
     * The draft verdict's edit form, for saving it and merging with a colleague's save; saved by
     * {@code editorId}, who becomes a co-author when it is another's.
     */
    private EditMerges.Edit<VerdictForm> edit(Verdict verdict, long editorId) {
        long id = verdict.getId();
        return new EditMerges.Edit<>(
                "verdict",
                VerdictForm.class,
                VerdictForm.FIELDS,
                () -> verdicts.latestRevision(id),
                () -> VerdictForm.of(find(id)),
                revision -> verdicts.atRevision(id, revision).map(VerdictForm::of),
                form -> verdicts.revise(
                        id,
                        form.version() == null ? -1 : form.version(),
                        form.ratingId(),
                        form.summaries(),
                        form.rationales(),
                        editorId),
                "/desk/verdicts/" + id + "/edit",
                "/desk/claims/" + verdict.getClaimId() + "#verdict",
                "desk.verdict.saved");
    }

    @PostMapping("/desk/verdicts/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        var verdict = find(id);
        return step(verdict, redirect, "desk.verdict.submitted", () -> verdicts.submit(id, version));
    }

    @PostMapping("/desk/verdicts/{id}/publish")
    @PreAuthorize("hasRole('EDITOR')")
    String publish(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal FactlineUser user,
            RedirectAttributes redirect) {
        var verdict = find(id);
        return step(verdict, redirect, "desk.verdict.published", () -> verdicts.publish(id, version, user.userId()));
    }

    @PostMapping("/desk/verdicts/{id}/send-back")
    @PreAuthorize("hasRole('EDITOR')")
    String sendBack(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal FactlineUser user,
            RedirectAttributes redirect) {
        var verdict = find(id);
        return step(
                verdict,
                redirect,
                "desk.verdict.sentBack",
                () -> verdicts.sendBack(id, version, user.userId(), comment));
    }

    private String step(Verdict verdict, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "desk.error.conflictStep");
        }
        return back(verdict);
    }

    private static String back(Verdict verdict) {
        return "redirect:/desk/claims/" + verdict.getClaimId() + "#verdict";
    }

    private Verdict find(long id) {
        return verdicts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

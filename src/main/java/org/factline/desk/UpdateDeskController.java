package org.factline.desk;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.factline.account.FactlineUser;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimUpdate;
import org.factline.claim.ClaimUpdateManagement;
import org.factline.claim.TopicNames;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.Source;
import org.factline.shared.EditConflictException;
import org.factline.shared.WorkflowException;
import org.factline.speaker.SpeakerManagement;
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
 * Updates of published claims on the desk: anyone drafts one in the claim's own form with a public note
 * (or marks it a minor fix) and submits it; an editor other than its author publishes it or sends it
 * back, as with verdicts. Until then readers see the claim as published.
 */
@Controller
class UpdateDeskController {

    static final String FORM_VIEW = "desk/update-form";

    private final ClaimUpdateManagement updates;
    private final ClaimManagement claims;
    private final SpeakerManagement speakers;
    private final DeskPages pages;
    private final EvidenceManagement evidence;
    private final Clock clock;
    private final AppearancePosts appearancePosts;

    UpdateDeskController(
            ClaimUpdateManagement updates,
            ClaimManagement claims,
            SpeakerManagement speakers,
            DeskPages pages,
            EvidenceManagement evidence,
            Clock clock,
            AppearancePosts appearancePosts) {
        this.updates = updates;
        this.claims = claims;
        this.speakers = speakers;
        this.pages = pages;
        this.evidence = evidence;
        this.clock = clock;
        this.appearancePosts = appearancePosts;
    }

    @ModelAttribute("summaryMax")
    int summaryMax() {
        return Claim.SUMMARY_MAX;
    }

    /** The claim's form, filled from the open draft or else from the claim as published. */
    @GetMapping("/desk/claims/{id}/update")
    String form(@PathVariable long id, Model model, RedirectAttributes redirect) {
        var claim = claims.findForDesk(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!claim.isPublished()) {
            return "redirect:/desk/claims/" + id + "/edit";
        }
        var open = updates.open(id).orElse(null);
        if (open != null && !open.isDraft()) {
            redirect.addFlashAttribute("error", "update.error.notDraft");
            return "redirect:/desk/claims/" + id + "#update";
        }
        model.addAttribute("form", open == null ? ClaimDeskController.editForm(claim) : formOf(open));
        model.addAttribute("note", UpdateNoteForm.of(open));
        return showForm(claim, model);
    }

    @PostMapping("/desk/claims/{id}/update")
    String propose(
            @PathVariable long id,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("form") ClaimEditForm form,
            BindingResult result,
            @Valid @ModelAttribute("note") UpdateNoteForm note,
            BindingResult noteResult,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var claim = claims.findForDesk(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.checkSaidOn(LocalDate.now(clock), result);
        if (!result.hasErrors() && !noteResult.hasErrors()) {
            try {
                updates.propose(
                        id,
                        note.updateId(),
                        form.version(),
                        form.toEdit(),
                        form.newSpeaker(),
                        note.publicNote(),
                        note.isMinor(),
                        user.userId());
                redirect.addFlashAttribute("message", "desk.update.saved");
                return "redirect:/desk/claims/" + id + "#update";
            } catch (EditConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                result.reject("desk.error.conflict");
            } catch (WorkflowException e) {
                show(e, result, noteResult);
            }
        }
        return showForm(claim, model);
    }

    /** Another appearance of a published claim, proposed in its update; refusals beside the fields. */
    @PostMapping("/desk/claims/{id}/update/appearances")
    String proposeAppearance(
            @PathVariable long id,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("appearanceForm") AppearanceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return appearancePosts.post(
                id,
                user,
                form,
                result,
                model,
                redirect,
                (article, appearance) -> updates.proposeAppearance(id, article, appearance, user.userId()),
                "desk.update.appearanceProposed",
                "/desk/claims/" + id + "#update");
    }

    @PostMapping("/desk/updates/{id}/appearances/{proposedId}/remove")
    String withdrawAppearance(
            @PathVariable long id,
            @PathVariable long proposedId,
            @RequestParam long claimId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return step(
                claimId,
                redirect,
                "desk.update.appearanceWithdrawn",
                () -> updates.withdrawAppearance(id, version, proposedId));
    }

    /** A new source of a published claim, proposed in its update; refusals beside the fields. */
    @PostMapping("/desk/claims/{id}/update/sources")
    String proposeSource(
            @PathVariable long id,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                updates.proposeSourceChange(id, null, form.toNewSource(clock.instant()), user.userId());
                redirect.addFlashAttribute("message", "desk.update.sourceProposed");
                return "redirect:/desk/claims/" + id + "#update";
            } catch (WorkflowException e) {
                showOnPage(e, result, model);
            }
        }
        var page = pages.claim(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("verdictForm", VerdictForm.next(page));
        model.addAttribute("appearanceForm", AppearanceForm.empty());
        return ClaimDeskController.VIEW;
    }

    /** A published claim's source in its form, whose changes go into the claim's update. */
    @GetMapping("/desk/claims/{claimId}/update/sources/{sourceId}")
    String sourceForm(@PathVariable long claimId, @PathVariable long sourceId, Model model) {
        model.addAttribute("sourceForm", SourceForm.of(source(claimId, sourceId)));
        return showSourceForm(claimId, sourceId, model);
    }

    @PostMapping("/desk/claims/{claimId}/update/sources/{sourceId}")
    String proposeSourceEdit(
            @PathVariable long claimId,
            @PathVariable long sourceId,
            @AuthenticationPrincipal FactlineUser user,
            @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var source = source(claimId, sourceId);
        if (!result.hasErrors()) {
            try {
                updates.proposeSourceChange(claimId, sourceId, form.toNewSource(source.getAccessedAt()), user.userId());
                redirect.addFlashAttribute("message", "desk.update.sourceProposed");
                return "redirect:/desk/claims/" + claimId + "#update";
            } catch (WorkflowException e) {
                showOnPage(e, result, model);
            }
        }
        return showSourceForm(claimId, sourceId, model);
    }

    /** Asks before proposing that a published claim's source be removed, naming it. */
    @GetMapping("/desk/claims/{claimId}/update/sources/{sourceId}/remove")
    String confirmSourceRemoval(@PathVariable long claimId, @PathVariable long sourceId, Model model) {
        var source = source(claimId, sourceId);
        var path = "/desk/claims/" + claimId;
        model.addAttribute(
                "confirmation",
                new Confirmation(
                        "desk.update.removeSourceQuestion",
                        source.getTitle(),
                        source.getUrl(),
                        "desk.update.removeSourceConsequence",
                        path + "/update/sources/" + sourceId + "/remove",
                        path + "#sources",
                        "desk.update.removeSource"));
        return Confirmation.VIEW;
    }

    @PostMapping("/desk/claims/{claimId}/update/sources/{sourceId}/remove")
    String proposeSourceRemoval(
            @PathVariable long claimId,
            @PathVariable long sourceId,
            @RequestParam(defaultValue = "") String confirm,
            @AuthenticationPrincipal FactlineUser user,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            return "redirect:/desk/claims/" + claimId + "/update/sources/" + sourceId + "/remove";
        }
        return step(
                claimId,
                redirect,
                "desk.update.sourceProposed",
                () -> updates.proposeSourceChange(claimId, sourceId, null, user.userId()));
    }

    @PostMapping("/desk/updates/{id}/sources/{changeId}/remove")
    String withdrawSourceChange(
            @PathVariable long id,
            @PathVariable long changeId,
            @RequestParam long claimId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return step(
                claimId,
                redirect,
                "desk.update.sourceChangeWithdrawn",
                () -> updates.withdrawSourceChange(id, version, changeId));
    }

    private String showSourceForm(long claimId, long sourceId, Model model) {
        model.addAttribute("claimId", claimId);
        model.addAttribute("sourceId", sourceId);
        model.addAttribute("formAction", "/desk/claims/" + claimId + "/update/sources/" + sourceId);
        return SourceDeskController.EDIT_VIEW;
    }

    private Source source(long claimId, long sourceId) {
        try {
            return evidence.find(claimId, sourceId);
        } catch (WorkflowException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A refusal beside the fields it names, or, about the step as a whole, at the top of the page. */
    private static void showOnPage(WorkflowException refusal, BindingResult result, Model model) {
        if (refusal.getFieldErrors().isEmpty()) {
            model.addAttribute("error", refusal.getMessageKey());
        } else {
            Refusals.show(refusal, result);
        }
    }

    @PostMapping("/desk/updates/{id}/submit")
    String submit(
            @PathVariable long id,
            @RequestParam long claimId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return step(claimId, redirect, "desk.update.submitted", () -> updates.submit(id, version));
    }

    @PostMapping("/desk/updates/{id}/discard")
    String discard(
            @PathVariable long id,
            @RequestParam long claimId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return step(claimId, redirect, "desk.update.discarded", () -> updates.discard(id, version));
    }

    /** Publishes the update with the note the reviewer settles on; a missing note is shown beside its field. */
    @PostMapping("/desk/updates/{id}/publish")
    @PreAuthorize("hasRole('EDITOR')")
    String publish(
            @PathVariable long id,
            @RequestParam long claimId,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String publicNote,
            @RequestParam(defaultValue = "false") boolean minor,
            @AuthenticationPrincipal FactlineUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            updates.publish(id, version, user.userId(), publicNote, minor);
            redirect.addFlashAttribute("message", "desk.update.published");
            return "redirect:/desk/claims/" + claimId + "#update";
        } catch (EditConflictException e) {
            model.addAttribute("error", "desk.error.conflictStep");
        } catch (WorkflowException e) {
            if (e.getFieldErrors().isEmpty()) {
                model.addAttribute("error", e.getMessageKey());
            } else {
                model.addAttribute("publicNoteError", e.getMessageKey());
            }
        }
        // the page again, with what the reviewer typed and the refusal beside it; nothing was written
        model.addAttribute("publishNote", publicNote);
        model.addAttribute("publishMinor", minor);
        var page = pages.claim(claimId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("sourceForm", SourceForm.empty());
        model.addAttribute("verdictForm", VerdictForm.next(page));
        model.addAttribute("appearanceForm", AppearanceForm.empty());
        return ClaimDeskController.VIEW;
    }

    @PostMapping("/desk/updates/{id}/send-back")
    @PreAuthorize("hasRole('EDITOR')")
    String sendBack(
            @PathVariable long id,
            @RequestParam long claimId,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal FactlineUser user,
            RedirectAttributes redirect) {
        return step(
                claimId, redirect, "desk.update.sentBack", () -> updates.sendBack(id, version, user.userId(), comment));
    }

    private String step(long claimId, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        } catch (EditConflictException e) {
            redirect.addFlashAttribute("error", "desk.error.conflictStep");
        }
        return "redirect:/desk/claims/" + claimId + "#update";
    }

    /** A refusal beside the field it names: the note's on the note, the claim's on the claim's form. */
    private static void show(WorkflowException refusal, BindingResult claimForm, BindingResult noteForm) {
        boolean aboutNote = refusal.getFieldErrors().stream()
                .anyMatch(error -> error.field().equals("publicNote"));
        Refusals.show(refusal, aboutNote ? noteForm : claimForm);
    }

    private String showForm(Claim claim, Model model) {
        model.addAttribute("claim", claim);
        model.addAttribute(
                "textWarnings",
                pages.claim(claim.getId())
                        .map(DeskPages.ClaimWorkspace::textWarnings)
                        .orElse(List.of()));
        model.addAttribute("speakers", speakers.all());
        return FORM_VIEW;
    }

    private static ClaimEditForm formOf(ClaimUpdate update) {
        return new ClaimEditForm(
                update.getVersion(),
                update.getSpeaker().getName(),
                update.getText(),
                update.getLanguage(),
                update.getTranslation(),
                update.getTranslationLanguage(),
                update.getSummary(),
                update.getSummaryIndonesian(),
                SaidOnText.text(update.getSaid()),
                update.getSaid().getPrecision(),
                update.getSaidWhere(),
                TopicNames.format(update.getTopicNames()),
                null,
                "");
    }
}

package org.factline.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.Source;
import org.factline.shared.Revision;
import org.factline.shared.WorkflowException;
import org.springframework.http.HttpStatus;
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

/** Attaching, editing, reordering and removing a claim's sources. */
@Controller
class SourceDeskController {

    static final String EDIT_VIEW = "desk/source-form";

    private final EvidenceManagement evidence;
    private final DeskPages pages;
    private final EditMerges merges;
    private final Clock clock;

    SourceDeskController(EvidenceManagement evidence, DeskPages pages, EditMerges merges, Clock clock) {
        this.evidence = evidence;
        this.pages = pages;
        this.merges = merges;
        this.clock = clock;
    }

    @PostMapping("/desk/claims/{claimId}/sources")
    String attach(
            @PathVariable long claimId,
            @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var page = pages.claim(claimId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!result.hasErrors()) {
            try {
                evidence.attach(claimId, form.toNewSource(clock.instant()));
                redirect.addFlashAttribute("message", "desk.source.added");
                return "redirect:/desk/claims/" + claimId + "#sources";
            } catch (WorkflowException e) {
                if (e.getFieldErrors().isEmpty()) {
                    // the step itself is refused (sources frozen in review), and the page then shows no form
                    model.addAttribute("error", e.getMessageKey());
                } else {
                    Refusals.show(e, result);
                }
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("verdictForm", VerdictForm.next(page));
        model.addAttribute("appearanceForm", AppearanceForm.empty());
        return ClaimDeskController.VIEW;
    }

    @GetMapping("/desk/claims/{claimId}/sources/{sourceId}/edit")
    String edit(@PathVariable long claimId, @PathVariable long sourceId, Model model) {
        var revision = evidence.latestRevision(sourceId);
        var source = find(claimId, sourceId);
        model.addAttribute(EditMerges.REVISION, revision.map(Revision::getId).orElse(null));
        model.addAttribute("claimId", claimId);
        model.addAttribute("sourceId", sourceId);
        model.addAttribute("sourceForm", SourceForm.of(source));
        model.addAttribute("textWarnings", TextWarning.of(source, 0));
        return EDIT_VIEW;
    }

    @PostMapping("/desk/claims/{claimId}/sources/{sourceId}/edit")
    String update(
            @PathVariable long claimId,
            @PathVariable long sourceId,
            @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        find(claimId, sourceId);
        if (!result.hasErrors()) {
            try {
                return merges.save(edit(claimId, sourceId), form, request, model, response, redirect);
            } catch (WorkflowException e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute(EditMerges.REVISION, request.getParameter(EditMerges.REVISION));
        model.addAttribute("claimId", claimId);
        model.addAttribute("sourceId", sourceId);
        return EDIT_VIEW;
    }

    /** The source's edit form, for saving it and merging with a colleague's save. */
    private EditMerges.Edit<SourceForm> edit(long claimId, long sourceId) {
        return new EditMerges.Edit<>(
                "source",
                SourceForm.class,
                SourceForm.FIELDS,
                () -> evidence.latestRevision(sourceId),
                () -> SourceForm.of(find(claimId, sourceId)),
                revision -> evidence.atRevision(sourceId, revision).map(SourceForm::of),
                form -> evidence.update(
                        claimId,
                        sourceId,
                        form.version() == null ? -1 : form.version(),
                        form.toNewSource(find(claimId, sourceId).getAccessedAt())),
                "/desk/claims/" + claimId + "/sources/" + sourceId + "/edit",
                "/desk/claims/" + claimId + "#sources",
                "desk.source.saved");
    }

    @PostMapping("/desk/claims/{claimId}/sources/{sourceId}/move")
    String move(
            @PathVariable long claimId,
            @PathVariable long sourceId,
            @RequestParam String direction,
            RedirectAttributes redirect) {
        try {
            evidence.move(claimId, sourceId, "up".equals(direction));
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        }
        return "redirect:/desk/claims/" + claimId + "#sources";
    }

    /** Asks before a source is removed, naming it. */
    @GetMapping("/desk/claims/{claimId}/sources/{sourceId}/delete")
    String confirmRemoval(@PathVariable long claimId, @PathVariable long sourceId, Model model) {
        var source = find(claimId, sourceId);
        var path = "/desk/claims/" + claimId;
        model.addAttribute(
                "confirmation",
                new Confirmation(
                        "desk.source.removeQuestion",
                        source.getTitle(),
                        source.getUrl(),
                        "desk.source.removeConsequence",
                        path + "/sources/" + sourceId + "/delete",
                        path + "#sources",
                        "desk.source.removeConfirm"));
        return Confirmation.VIEW;
    }

    @PostMapping("/desk/claims/{claimId}/sources/{sourceId}/delete")
    String remove(
            @PathVariable long claimId,
            @PathVariable long sourceId,
            @RequestParam(defaultValue = "") String confirm,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            return "redirect:/desk/claims/" + claimId + "/sources/" + sourceId + "/delete";
        }
        try {
            evidence.remove(claimId, sourceId);
            redirect.addFlashAttribute("message", "desk.source.removed");
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
        }
        return "redirect:/desk/claims/" + claimId + "#sources";
    }

    private Source find(long claimId, long sourceId) {
        try {
            return evidence.find(claimId, sourceId);
        } catch (WorkflowException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}

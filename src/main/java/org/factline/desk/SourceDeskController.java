package org.factline.desk;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.Source;
import org.factline.shared.EditConflictException;
import org.factline.shared.WorkflowException;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final Clock clock;

    SourceDeskController(EvidenceManagement evidence, DeskPages pages, Clock clock) {
        this.evidence = evidence;
        this.pages = pages;
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
        var source = find(claimId, sourceId);
        model.addAttribute("claimId", claimId);
        model.addAttribute("sourceId", sourceId);
        model.addAttribute(
                "sourceForm",
                new SourceForm(
                        source.getVersion(),
                        source.getUrl(),
                        source.getTitle(),
                        source.getPublisher(),
                        source.getPublishedOn(),
                        source.getKind(),
                        source.getStance(),
                        source.getExcerpt(),
                        source.getArchiveUrl()));
        return EDIT_VIEW;
    }

    @PostMapping("/desk/claims/{claimId}/sources/{sourceId}/edit")
    String update(
            @PathVariable long claimId,
            @PathVariable long sourceId,
            @Valid @ModelAttribute("sourceForm") SourceForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var saved = find(claimId, sourceId);
        if (!result.hasErrors()) {
            try {
                evidence.update(
                        claimId,
                        sourceId,
                        form.version() == null ? -1 : form.version(),
                        form.toNewSource(saved.getAccessedAt()));
                redirect.addFlashAttribute("message", "desk.source.saved");
                return "redirect:/desk/claims/" + claimId + "#sources";
            } catch (EditConflictException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return conflict(claimId, sourceId, form, e.getCurrentVersion(), model);
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return conflict(claimId, sourceId, form, find(claimId, sourceId).getVersion(), model);
            } catch (WorkflowException e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute("claimId", claimId);
        model.addAttribute("sourceId", sourceId);
        return EDIT_VIEW;
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

    private String conflict(long claimId, long sourceId, SourceForm mine, long currentVersion, Model model) {
        var saved = find(claimId, sourceId);
        var rows = new LinkedHashMap<String, String[]>();
        rows.put("desk.field.sourceTitle", new String[] {mine.title(), saved.getTitle()});
        rows.put("desk.field.url", new String[] {mine.url(), saved.getUrl()});
        rows.put("desk.field.publisher", new String[] {mine.publisher(), saved.getPublisher()});
        rows.put("desk.field.publishedOn", new String[] {text(mine.publishedOn()), text(saved.getPublishedOn())});
        rows.put("desk.field.kind", new String[] {text(mine.kind()), text(saved.getKind())});
        rows.put("desk.field.stance", new String[] {text(mine.stance()), text(saved.getStance())});
        rows.put("desk.field.excerpt", new String[] {mine.excerpt(), saved.getExcerpt()});
        rows.put("desk.field.archiveUrl", new String[] {mine.archiveUrl(), saved.getArchiveUrl()});
        var resubmit = new LinkedHashMap<String, String>();
        resubmit.put("version", String.valueOf(currentVersion));
        resubmit.put("url", text(mine.url()));
        resubmit.put("title", text(mine.title()));
        resubmit.put("publisher", text(mine.publisher()));
        resubmit.put("publishedOn", text(mine.publishedOn()));
        resubmit.put("kind", text(mine.kind()));
        resubmit.put("stance", text(mine.stance()));
        resubmit.put("excerpt", text(mine.excerpt()));
        resubmit.put("archiveUrl", text(mine.archiveUrl()));
        model.addAttribute(
                "conflict",
                new ClaimDeskController.Conflict(
                        "/desk/claims/" + claimId + "/sources/" + sourceId + "/edit",
                        "/desk/claims/" + claimId,
                        rows,
                        resubmit));
        return ClaimDeskController.CONFLICT_VIEW;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

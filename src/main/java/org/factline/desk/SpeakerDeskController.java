package org.factline.desk;

import jakarta.validation.Valid;
import java.util.Locale;
import org.factline.claim.SpeakerMerges;
import org.factline.shared.WorkflowException;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The speakers' records on the desk: a list, each speaker's page with their history, and its edit form. */
@Controller
class SpeakerDeskController {

    static final String LIST_VIEW = "desk/speakers";
    static final String VIEW = "desk/speaker";
    static final String EDIT_VIEW = "desk/speaker-form";
    private static final int LISTED = 500;

    private final SpeakerManagement speakers;
    private final SpeakerMerges merges;
    private final ClaimHistory history;

    SpeakerDeskController(SpeakerManagement speakers, SpeakerMerges merges, ClaimHistory history) {
        this.speakers = speakers;
        this.merges = merges;
        this.history = history;
    }

    @ModelAttribute("kinds")
    SpeakerKind[] kinds() {
        return SpeakerKind.values();
    }

    @GetMapping("/desk/speakers")
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("speakers", q.isBlank() ? speakers.all() : speakers.suggest(q, LISTED));
        return LIST_VIEW;
    }

    @GetMapping("/desk/speakers/{id:\\d+}")
    String show(@PathVariable long id, Locale locale, Model model) {
        var speaker = speakers.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("speaker", speaker);
        model.addAttribute("textWarnings", TextWarning.of(speaker));
        model.addAttribute("entries", history.of(speakers.history(id), locale));
        model.addAttribute(
                "mergedInto",
                speaker.isMerged()
                        ? speakers.findById(speaker.getMergedIntoId()).orElse(null)
                        : null);
        return VIEW;
    }

    /**
     * Merges this speaker into the one named (by name or alias): asked once more on the confirmation page,
     * then their claims, name and aliases go to the speaker kept, and their public page redirects there.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @PostMapping("/desk/speakers/{id:\\d+}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String into,
            @RequestParam(required = false) Long intoId,
            @RequestParam(required = false) String confirm,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var gone = speakers.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var named = intoId != null ? speakers.findById(intoId).stream().toList() : speakers.findByNameOrAlias(into);
        if (named.size() != 1 || named.get(0).getId() == id) {
            model.addAttribute(
                    "mergeError", named.size() == 1 ? "speaker.error.mergeSelf" : "desk.error.speakerUnknown");
            model.addAttribute("into", into);
            return show(id, locale, model);
        }
        var kept = named.get(0);
        if (!Confirmation.given(confirm)) {
            model.addAttribute(
                    "confirmation",
                    new Confirmation(
                            "desk.speaker.merge.question",
                            gone.getName() + " → " + kept.getName(),
                            null,
                            "desk.speaker.merge.consequence",
                            "/desk/speakers/" + id + "/merge?intoId=" + kept.getId(),
                            "/desk/speakers/" + id,
                            "desk.speaker.merge.button"));
            return Confirmation.VIEW;
        }
        try {
            merges.merge(kept.getId(), id);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            return "redirect:/desk/speakers/" + id;
        }
        redirect.addFlashAttribute("message", "desk.speaker.merged");
        return "redirect:/desk/speakers/" + kept.getId();
    }

    @GetMapping("/desk/speakers/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        var speaker = speakers.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("speaker", speaker);
        model.addAttribute("form", SpeakerForm.of(speaker));
        return EDIT_VIEW;
    }

    @PostMapping("/desk/speakers/{id:\\d+}/edit")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SpeakerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var speaker = speakers.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.checkDates(result);
        if (!result.hasErrors()) {
            try {
                speakers.edit(id, form.version(), form.toEdit());
                redirect.addFlashAttribute("message", "desk.speaker.saved");
                return "redirect:/desk/speakers/" + id;
            } catch (WorkflowException e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute("speaker", speaker);
        return EDIT_VIEW;
    }
}

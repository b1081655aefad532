package org.factline.desk;

import jakarta.validation.Valid;
import java.util.Locale;
import org.factline.claim.TopicManagement;
import org.factline.shared.WorkflowException;
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

/**
 * The topics' records on the desk: a list, each topic's page with its history, its edit form (names and
 * descriptions in both languages; a new English name renames it) and, for an editor, merging it into another.
 */
@Controller
class TopicDeskController {

    static final String LIST_VIEW = "desk/topics";
    static final String VIEW = "desk/topic";
    static final String EDIT_VIEW = "desk/topic-form";

    private final TopicManagement topics;
    private final ClaimHistory history;

    TopicDeskController(TopicManagement topics, ClaimHistory history) {
        this.topics = topics;
        this.history = history;
    }

    @GetMapping("/desk/topics")
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("topics", topics.list(q));
        return LIST_VIEW;
    }

    @GetMapping("/desk/topics/{id:\\d+}")
    String show(@PathVariable long id, Locale locale, Model model) {
        var topic = topics.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("topic", topic);
        model.addAttribute("textWarnings", TextWarning.of(topic));
        model.addAttribute("claimCount", topics.claimCount(id));
        model.addAttribute("entries", history.of(topics.history(id), locale));
        model.addAttribute(
                "mergedInto",
                topic.isMerged() ? topics.findById(topic.getMergedIntoId()).orElse(null) : null);
        model.addAttribute("others", topics.list(""));
        return VIEW;
    }

    @GetMapping("/desk/topics/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        var topic = topics.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("topic", topic);
        model.addAttribute("form", TopicForm.of(topic));
        return EDIT_VIEW;
    }

    @PostMapping("/desk/topics/{id:\\d+}/edit")
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TopicForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var topic = topics.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!result.hasErrors()) {
            try {
                topics.edit(id, form.version(), form.toEdit());
                redirect.addFlashAttribute("message", "desk.topic.saved");
                return "redirect:/desk/topics/" + id;
            } catch (WorkflowException e) {
                Refusals.show(e, result);
            }
        }
        model.addAttribute("topic", topic);
        return EDIT_VIEW;
    }

    /**
     * Merges this topic into the one named (by either name), asked once more on the confirmation page: its
     * claims then have the kept topic, and its public page and feed lead there.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @PostMapping("/desk/topics/{id:\\d+}/merge")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) Long intoId,
            @RequestParam(required = false) String confirm,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var gone = topics.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var kept = intoId == null ? null : topics.findById(intoId).orElse(null);
        if (kept == null || kept.getId() == id) {
            model.addAttribute("mergeError", kept == null ? "validation.choose" : "topic.error.mergeSelf");
            return show(id, locale, model);
        }
        if (!Confirmation.given(confirm)) {
            model.addAttribute(
                    "confirmation",
                    new Confirmation(
                            "desk.topic.merge.question",
                            gone.getName() + " → " + kept.getName(),
                            null,
                            "desk.topic.merge.consequence",
                            "/desk/topics/" + id + "/merge?intoId=" + kept.getId(),
                            "/desk/topics/" + id,
                            "desk.topic.merge.button"));
            return Confirmation.VIEW;
        }
        try {
            topics.merge(kept.getId(), id);
        } catch (WorkflowException e) {
            redirect.addFlashAttribute("error", e.getMessageKey());
            return "redirect:/desk/topics/" + id;
        }
        redirect.addFlashAttribute("message", "desk.topic.merged");
        return "redirect:/desk/topics/" + kept.getId();
    }
}

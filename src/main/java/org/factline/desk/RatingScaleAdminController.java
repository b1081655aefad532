package org.factline.desk;

import jakarta.validation.Valid;
import org.factline.shared.EditConflictException;
import org.factline.shared.WorkflowException;
import org.factline.verdict.Contrast;
import org.factline.verdict.VerdictManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins word the rating scales: labels and descriptions in both languages, colours (which must stay
 * readable: 4.5:1 against white) and icons, and add ratings to a scale.
 */
@Controller
class RatingScaleAdminController {

    static final String VIEW = "desk/scales";

    private final VerdictManagement verdicts;

    RatingScaleAdminController(VerdictManagement verdicts) {
        this.verdicts = verdicts;
    }

    @GetMapping("/admin/scales")
    String scales(Model model) {
        model.addAttribute("newRating", RatingForm.empty());
        return show(model, null);
    }

    @PostMapping("/admin/scales/ratings/{ratingId}")
    String describe(
            @PathVariable long ratingId,
            @Valid @ModelAttribute("form") RatingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        checkContrast(form, result);
        if (!result.hasErrors()) {
            try {
                long version = form.version() == null ? -1 : form.version();
                if (form.onScale() == null) {
                    verdicts.describeRating(ratingId, version, form.text());
                } else {
                    verdicts.describeRating(ratingId, version, form.text(), form.onScale());
                }
                redirect.addFlashAttribute("message", "admin.scales.saved");
                return "redirect:/admin/scales";
            } catch (EditConflictException e) {
                result.reject("desk.error.conflictStep");
            } catch (WorkflowException e) {
                reject(e, result);
            }
        }
        model.addAttribute("newRating", RatingForm.empty());
        return show(model, ratingId);
    }

    @PostMapping("/admin/scales/{scaleId}/ratings")
    String add(
            @PathVariable long scaleId,
            @Valid @ModelAttribute("newRating") RatingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (form.code() == null || form.code().isBlank()) {
            result.rejectValue("code", "validation.required");
        }
        if (form.value() == null) {
            result.rejectValue("value", "validation.required");
        }
        checkContrast(form, result);
        if (!result.hasErrors()) {
            try {
                verdicts.addRating(
                        scaleId, form.code(), form.value(), form.text(), !Boolean.FALSE.equals(form.onScale()));
                redirect.addFlashAttribute("message", "admin.scales.added");
                return "redirect:/admin/scales";
            } catch (WorkflowException e) {
                if (e.getFieldErrors().isEmpty()) {
                    result.rejectValue("code", e.getMessageKey());
                } else {
                    reject(e, result);
                }
            }
        }
        model.addAttribute("addFailed", scaleId);
        return show(model, null);
    }

    private static void reject(WorkflowException e, BindingResult result) {
        if (e.getFieldErrors().isEmpty()) {
            result.reject(e.getMessageKey());
        }
        e.getFieldErrors().forEach(error -> result.rejectValue(error.field(), error.messageKey()));
    }

    private String show(Model model, Long editing) {
        model.addAttribute("scales", verdicts.scales());
        model.addAttribute("icons", RatingForm.ICONS);
        model.addAttribute("editing", editing);
        return VIEW;
    }

    private static void checkContrast(RatingForm form, BindingResult result) {
        if (!result.hasFieldErrors("colour")
                && form.colour() != null
                && Contrast.againstWhite(form.colour()) < Contrast.MINIMUM) {
            result.rejectValue(
                    "colour",
                    "admin.scales.error.contrast",
                    new Object[] {String.format(java.util.Locale.ROOT, "%.1f", Contrast.againstWhite(form.colour()))},
                    null);
        }
    }
}

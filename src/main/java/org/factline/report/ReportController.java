package org.factline.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.springframework.http.HttpStatus;
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
 * "Report an error": open to every reader, no sign-in. The form lives on its own page because the
 * claim page is cached and shared between readers, and a CSRF token must not be.
 */
@Controller
class ReportController {

    static final String VIEW = "report/report";
    static final String DESK_VIEW = "report/desk-reports";

    private final ClaimManagement claims;
    private final ErrorReports reports;

    ReportController(ClaimManagement claims, ErrorReports reports) {
        this.claims = claims;
        this.reports = reports;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("message", "email", "website");
    }

    @GetMapping("/claims/{id:\\d{1,18}}/report")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("claim", published(id));
        model.addAttribute("form", ReportForm.empty());
        return VIEW;
    }

    @PostMapping("/claims/{id:\\d{1,18}}/report")
    String submit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        var claim = published(id);
        if (form.website() != null && !form.website().isBlank()) {
            // a robot filled in the field people cannot see: thank it and keep nothing
            redirect.addFlashAttribute("reported", true);
            return "redirect:" + claim.path();
        }
        if (!errors.hasErrors() && !reports.submit(id, form, request.getRemoteAddr(), locale.getLanguage())) {
            errors.reject("report.tooMany");
        }
        if (errors.hasErrors()) {
            model.addAttribute("claim", claim);
            return VIEW;
        }
        redirect.addFlashAttribute("reported", true);
        return "redirect:" + claim.path();
    }

    @GetMapping("/desk/reports")
    String desk(Model model) {
        model.addAttribute("reports", reports.latest(200));
        return DESK_VIEW;
    }

    /** A published claim; drafts, archived and unknown claims are "not found" alike. */
    private Claim published(long id) {
        return claims.findPublished(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

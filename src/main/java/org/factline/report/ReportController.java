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
 * "Report an error": open to every reader, no sign-in, about one fact-check or (the site-wide form) about
 * anything. The forms live on their own pages because public pages are cached and shared between readers,
 * and a CSRF token must not be. The client address is the one Tomcat's RemoteIpFilter found: the reader's
 * own behind a trusted proxy (FACTLINE_TRUSTED_PROXIES), never one a client wrote into a header.
 */
@Controller
class ReportController {

    static final String VIEW = "report/report";

    private final ClaimManagement claims;
    private final ErrorReports reports;

    ReportController(ClaimManagement claims, ErrorReports reports) {
        this.claims = claims;
        this.reports = reports;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("message", "email", "page", "website");
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
        model.addAttribute("claim", claim);
        return send(claim.getId(), claim.path(), form, errors, request, locale, redirect);
    }

    @GetMapping("/report")
    String siteForm(Model model) {
        model.addAttribute("form", ReportForm.empty());
        return VIEW;
    }

    @PostMapping("/report")
    String siteSubmit(
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        return send(null, "/report", form, errors, request, locale, redirect);
    }

    private String send(
            Long claimId,
            String back,
            ReportForm form,
            BindingResult errors,
            HttpServletRequest request,
            Locale locale,
            RedirectAttributes redirect) {
        if (form.website() != null && !form.website().isBlank()) {
            // a robot filled in the field people cannot see: thank it and keep nothing
            redirect.addFlashAttribute("reported", true);
            return "redirect:" + back;
        }
        if (!errors.hasErrors()) {
            switch (reports.submit(claimId, form, request.getRemoteAddr(), locale.getLanguage())) {
                case TOO_MANY_FROM_CLIENT -> errors.reject("report.tooMany");
                case TOO_MANY_OVERALL -> errors.reject("report.tooManyOverall");
                case SENT -> {}
            }
        }
        if (errors.hasErrors()) {
            return VIEW;
        }
        redirect.addFlashAttribute("reported", true);
        return "redirect:" + back;
    }

    /** A published claim; drafts, archived and unknown claims are "not found" alike. */
    private Claim published(long id) {
        return claims.findPublished(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

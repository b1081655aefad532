package org.factline.report;

import jakarta.validation.Valid;
import org.factline.shared.Auditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk's readers' reports: a paged, filtered list, and each report with its triage and history. */
@Controller
class DeskReportController {

    static final String LIST_VIEW = "report/desk-reports";
    static final String VIEW = "report/desk-report";

    private final ErrorReports reports;

    DeskReportController(ErrorReports reports) {
        this.reports = reports;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("status", "assignee", "note", "version");
    }

    @GetMapping("/desk/reports")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String about,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            Authentication authentication,
            Model model) {
        var filter = ReportFilter.read(status, assignee, about, q, page, me(authentication), reports::isAssignee);
        model.addAttribute("filter", filter);
        model.addAttribute("result", reports.list(filter));
        model.addAttribute("statuses", ReportFilter.STATUSES);
        model.addAttribute("assignees", reports.assignees());
        return LIST_VIEW;
    }

    @GetMapping("/desk/reports/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        var report = report(id);
        return page(report, TriageForm.of(report), model);
    }

    @PostMapping("/desk/reports/{id:\\d{1,18}}")
    String triage(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        var report = report(id);
        if (!ReportFilter.STATUSES.contains(form.status())) {
            errors.rejectValue("status", "desk.report.status.invalid");
        }
        var assignee = assignee(form.assignee());
        if (assignee == null && form.assignee() != null && !form.assignee().isBlank()) {
            errors.rejectValue("assignee", "desk.report.assignee.invalid");
        }
        if (errors.hasFieldErrors("version") || form.version() == null) {
            errors.reject("desk.report.changed");
        }
        if (!errors.hasErrors()
                && !reports.triage(
                        id,
                        form.version(),
                        form.status(),
                        assignee,
                        form.note() == null ? "" : form.note().strip(),
                        userId(authentication))) {
            // the form keeps what was typed, over the report as it is now: saving again replaces that
            var now = report(id);
            model.addAttribute("changed", true);
            return page(now, new TriageForm(form.status(), form.assignee(), form.note(), now.version()), model);
        }
        if (errors.hasErrors()) {
            return page(report, form, model);
        }
        redirect.addFlashAttribute("message", "desk.report.saved");
        return "redirect:/desk/reports/" + id;
    }

    private String page(ErrorReports.Report report, TriageForm form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("statuses", ReportFilter.STATUSES);
        model.addAttribute("assignees", reports.assignees());
        model.addAttribute("history", reports.history(report.id()));
        return VIEW;
    }

    private ErrorReports.Report report(long id) {
        return reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A person the report may be handed to, or null for nobody or for an id that names no such person. */
    private Long assignee(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        var id = Long.parseLong(value.strip());
        return reports.isAssignee(id) ? id : null;
    }

    private static Long userId(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Auditor auditor
                ? auditor.userId()
                : null;
    }

    private static long me(Authentication authentication) {
        var id = userId(authentication);
        return id == null ? -1 : id;
    }
}

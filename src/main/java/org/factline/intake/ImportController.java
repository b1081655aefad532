package org.factline.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The CSV import in the editor's desk: upload, dry run, commit, progress and result. Every step is a
 * plain page and form; the progress page refreshes itself with the HTTP Refresh header.
 */
@Controller
class ImportController {

    static final String UPLOAD_VIEW = "intake/upload";
    static final String PREVIEW_VIEW = "intake/preview";
    static final String PROGRESS_VIEW = "intake/progress";
    static final String RESULT_VIEW = "intake/result";

    /** Where an editor opens a claim; the desk's claim pages live under this path. */
    static final String DESK_CLAIM_PATH = "/desk/claims/";

    private static final String TOKEN = "{token:[0-9a-f]{36}}";

    private final ImportJobs jobs;
    private final ImportProperties properties;

    ImportController(ImportJobs jobs, ImportProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
    }

    @GetMapping("/desk/import")
    String form(@RequestParam(required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("error", "intake.upload.tooLarge");
        }
        addLimits(model, properties);
        return UPLOAD_VIEW;
    }

    @PostMapping("/desk/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal principal,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "intake.upload.noFile");
            return "redirect:/desk/import";
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            redirect.addFlashAttribute("error", "intake.upload.tooLarge");
            return "redirect:/desk/import";
        }
        var name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        try (var content = file.getInputStream()) {
            var job = jobs.upload(principal.getName(), name, content);
            return "redirect:/desk/import/" + job.token();
        }
    }

    @GetMapping("/desk/import/" + TOKEN)
    String show(@PathVariable String token, Principal principal, Model model, HttpServletResponse response) {
        var job = job(token, principal);
        model.addAttribute("token", job.token());
        model.addAttribute("percent", job.percent());
        model.addAttribute("failed", job.failed());
        model.addAttribute("preview", job.preview());
        return switch (job.state()) {
            case PREVIEW -> PREVIEW_VIEW;
            case RUNNING -> {
                // the page asks the browser to load it again until the import is done; no script needed
                response.setHeader("Refresh", "2");
                yield PROGRESS_VIEW;
            }
            case DONE -> {
                model.addAttribute("outcome", job.outcome());
                model.addAttribute("claimPath", DESK_CLAIM_PATH);
                yield RESULT_VIEW;
            }
        };
    }

    @PostMapping("/desk/import/" + TOKEN)
    String commit(@PathVariable String token, Principal principal, RedirectAttributes redirect) {
        var job = job(token, principal);
        if (!jobs.commit(job)) {
            redirect.addFlashAttribute("error", "intake.commit.refused");
        }
        return "redirect:/desk/import/" + token;
    }

    private ImportJobs.Job job(String token, Principal principal) {
        return jobs.find(token, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static void addLimits(Model model, ImportProperties properties) {
        model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute("maxRows", properties.maxRows());
    }
}

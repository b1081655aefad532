package org.factline.intake;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factline.shared.Auditor;
import org.factline.shared.CsvCells;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The CSV import in the editor's desk: upload, dry run, commit (all or nothing, or the valid rows with the
 * rejected ones to download), progress and result. Every step is a plain page and form; the progress page
 * of a large file refreshes itself with the HTTP Refresh header.
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
    private final MessageSource messages;

    ImportController(ImportJobs jobs, ImportProperties properties, MessageSource messages) {
        this.jobs = jobs;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/desk/import")
    String form(@RequestParam(required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("importError", "intake.upload.tooLarge");
        }
        addLimits(model, properties);
        return UPLOAD_VIEW;
    }

    @PostMapping("/desk/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String mode,
            @AuthenticationPrincipal Auditor user,
            Principal principal,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importError", "intake.upload.noFile");
            return "redirect:/desk/import";
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            redirect.addFlashAttribute("importError", "intake.upload.tooLarge");
            return "redirect:/desk/import";
        }
        var name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        try (var content = file.getInputStream()) {
            var job = jobs.upload(principal.getName(), user.userId(), name, Mode.of(mode), content);
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
        model.addAttribute("mode", job.mode());
        model.addAttribute("hasRejected", job.hasRejectedRows());
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
    String commit(
            @PathVariable String token,
            @RequestParam(required = false) String mode,
            Principal principal,
            RedirectAttributes redirect) {
        var job = job(token, principal);
        if (!jobs.commit(job, Mode.of(mode))) {
            redirect.addFlashAttribute("importError", "intake.commit.refused");
        }
        return "redirect:/desk/import/" + token;
    }

    /**
     * The rows the import leaves out, as they were written, with a reason column in the desk's language:
     * corrected, the file can be imported as it is (the reader ignores the extra column).
     */
    @GetMapping("/desk/import/" + TOKEN + "/rejected.csv")
    void rejected(@PathVariable String token, Principal principal, Locale locale, HttpServletResponse response)
            throws IOException {
        var job = job(token, principal);
        if (!job.hasRejectedRows()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var name = job.preview().fileName().replaceFirst("(?i)\\.csv$", "") + "-"
                + messages.getMessage("intake.rejected.fileName", null, locale) + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // a byte order mark, so that Excel reads UTF-8; the import skips it
        out.write('\uFEFF');
        var csv = new CSVPrinter(out, CSVFormat.RFC4180);
        var header = new boolean[] {true};
        jobs.rejectedRows(job, (columns, line, cells, problems) -> {
            try {
                if (header[0]) {
                    var names = new ArrayList<>(columns);
                    names.add(messages.getMessage("intake.rejected.reason", null, locale));
                    csv.printRecord(names);
                    header[0] = false;
                }
                var record = new ArrayList<String>(Math.max(cells.size(), columns.size()) + 1);
                cells.forEach(cell -> record.add(CsvCells.text(cell)));
                while (record.size() < columns.size()) {
                    record.add("");
                }
                record.add(CsvCells.text(reason(problems, locale)));
                csv.printRecord(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /** Each problem of the row, after its column's name. */
    private String reason(List<Problem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> {
                    var message = messages.getMessage(problem.messageKey(), problem.messageArguments(), locale);
                    return problem.column() == null
                            ? message
                            : messages.getMessage(
                                    "intake.rejected.problem", new Object[] {problem.column(), message}, locale);
                })
                .collect(Collectors.joining(" "));
    }

    private ImportJobs.Job job(String token, Principal principal) {
        return jobs.find(token, principal.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static void addLimits(Model model, ImportProperties properties) {
        model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
        model.addAttribute("maxBytes", properties.maxFileSize().toBytes());
        model.addAttribute("maxRows", properties.maxRows());
    }
}

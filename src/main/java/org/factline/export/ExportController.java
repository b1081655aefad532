package org.factline.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factline.filter.ClaimFilter;
import org.factline.speaker.SpeakerManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * CSV downloads: {@code /export/*.csv} for everyone (published material only) and
 * {@code /desk/export/*.csv} for the editorial staff (drafts and internal fields too).
 */
@Controller
class ExportController {

    static final String DESK_VIEW = "export/desk";
    static final String BAD_FILTER_VIEW = "export/bad-filter";

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);
    private static final String DATASETS = "{dataset:claims|appearances|sources|verdicts}";

    /** The statuses a filter may name, in the order of the workflow. */
    private static final List<String> STATUSES = List.of("DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED");

    private final CsvExporter exporter;
    private final SpeakerManagement speakers;
    private final Clock clock;
    private final ZoneId zone;
    private final String publicUrl;

    /** @param publicUrl FACTLINE_PUBLIC_URL: links in the files are built from it, never from the request's Host */
    ExportController(
            CsvExporter exporter,
            SpeakerManagement speakers,
            Clock clock,
            @Value("${factline.time-zone:Asia/Jakarta}") String zone,
            @Value("${factline.public.url:http://localhost:8080}") String publicUrl) {
        this.exporter = exporter;
        this.speakers = speakers;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping("/desk/export")
    String deskPage(Model model) {
        return form(model, ExportForm.empty(), Map.of());
    }

    /** The desk's export form with its pickers, filled as typed, each problem beside its field. */
    private String form(Model model, ExportForm form, Map<String, ExportForm.FieldProblem> problems) {
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("ratings", exporter.ratingChoices());
        model.addAttribute("speakers", speakers.all());
        model.addAttribute("topics", exporter.topics());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return DESK_VIEW;
    }

    @GetMapping("/export/" + DATASETS + ".csv")
    void publicExport(
            @PathVariable String dataset,
            ClaimFilter.Parameters parameters,
            @RequestParam(required = false) String excel,
            Locale locale,
            HttpServletResponse response) {
        stream(
                Dataset.of(dataset),
                filter(parameters, false, exporter.ratingCodes()),
                false,
                bom(excel),
                locale,
                response);
    }

    /**
     * A desk download, its filter typed in the export form: the speaker and topic by name, alias or slug.
     * Bad values give the form back (400), filled as typed, with every problem beside its field.
     */
    @GetMapping("/desk/export/" + DATASETS + ".csv")
    String deskExport(
            @PathVariable String dataset,
            ClaimFilter.Parameters parameters,
            @RequestParam(required = false) String excel,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        var form = ExportForm.of(parameters, excel);
        var read = form.read(speakers.all(), exporter.topics(), exporter.ratingCodes());
        if (read.invalid()) {
            // the form comes back as typed, with the status a request that cannot be served has
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, read.problems());
        }
        stream(Dataset.of(dataset), read.filter(), true, bom(excel), locale, response);
        return null;
    }

    /**
     * The filter of a download, read as every list of claims reads it ({@link ClaimFilter#read}); the first
     * value it cannot understand is answered with a 400 page naming it.
     */
    static ClaimFilter filter(ClaimFilter.Parameters parameters, boolean desk, Set<String> ratingCodes) {
        var filter = ClaimFilter.read(
                parameters, desk ? ClaimFilter.Audience.DESK : ClaimFilter.Audience.READERS, ratingCodes, null);
        if (filter.invalid()) {
            throw new InvalidFilterException(filter.problems().get(0));
        }
        return filter;
    }

    /** Whether a byte order mark goes first, for Excel. */
    static boolean bom(String excel) {
        return "true".equalsIgnoreCase(excel) || "1".equals(excel) || "yes".equalsIgnoreCase(excel);
    }

    @ExceptionHandler(InvalidFilterException.class)
    ModelAndView badFilter(InvalidFilterException e) {
        var view = new ModelAndView(BAD_FILTER_VIEW, HttpStatus.BAD_REQUEST);
        view.addObject("parameter", e.parameter());
        view.addObject("value", e.value());
        view.addObject("messageKey", e.messageKey());
        return view;
    }

    private void stream(
            Dataset dataset,
            ClaimFilter filter,
            boolean desk,
            boolean bom,
            Locale locale,
            HttpServletResponse response) {
        var name = "factline-" + dataset.fileName() + (desk ? "-desk-" : "-") + LocalDate.now(clock.withZone(zone))
                + ".csv";
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        var export = new CsvExporter.Export(dataset, filter, desk, bom, locale, publicUrl);
        try {
            exporter.write(export, response.getOutputStream());
        } catch (UncheckedIOException e) {
            // the reader closed the connection; the query has been ended with the transaction
            log.debug("CSV export of {} stopped: {}", dataset.fileName(), e.getMessage());
        } catch (java.io.IOException e) {
            log.debug("CSV export of {} could not start: {}", dataset.fileName(), e.getMessage());
        }
    }
}

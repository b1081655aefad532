package org.factline.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.factline.shared.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Our page for whatever the servlet container sends to {@code /error} (an exception nothing handled, an
 * error status set by a filter), for every client and in the reader's language, instead of Spring Boot's
 * page or its JSON. A fault of ours (5xx) gets an incident id, shown to the reader and logged with the
 * exception, so that what a reader reports can be found in the log. {@code /error} opened by itself is no
 * page: 404.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    private final ErrorPages pages;

    ErrorPageController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)) {
            return pages.page(HttpStatus.NOT_FOUND, request, locale);
        }
        var status = HttpStatus.resolve(code);
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // the database being away, met outside a controller (rendering a page, a filter): our 503 page
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseFaults.unreachable(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            pages.refused(failure);
        }
        if (status.is5xxServerError() && status != HttpStatus.SERVICE_UNAVAILABLE) {
            var incident = incident();
            log.error(
                    "Incident {}: {} {} answered {}",
                    incident,
                    request.getMethod(),
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    code,
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e ? e : null);
            var page = pages.page(status, request, locale);
            if (page instanceof ModelAndView view) {
                view.addObject("incident", incident);
            }
            return page;
        }
        return pages.page(status, request, locale);
    }

    /** Eight hexadecimal digits: enough to find one fault in a day's log, short enough to read out. */
    private static String incident() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase(Locale.ROOT);
    }
}

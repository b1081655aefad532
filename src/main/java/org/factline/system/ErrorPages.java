package org.factline.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factline.shared.DatabaseFaults;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Friendly pages in the reader's language for every client; never a stack trace. */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /** Read by the desk's layout, which then leaves out what it would read from the database (counts). */
    static final String DATABASE_AWAY = "databaseAway";

    private static final MediaType PLAIN_TEXT = MediaType.valueOf("text/plain;charset=UTF-8");

    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    ErrorPages(MessageSource messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(HttpServletRequest request, Locale locale) {
        if (machineRead(request)) {
            return plainText(HttpStatus.NOT_FOUND, locale);
        }
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** A link with a malformed part (an id that is not a number, a bad date): the reader's mistake, said kindly. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest() {
        return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
    }

    /** A parameter holding a control character: the 400 page naming it (a feed's address: a line of text). */
    @ExceptionHandler(ControlCharacterInRequest.class)
    Object controlCharacter(ControlCharacterInRequest e, HttpServletRequest request, Locale locale) {
        log.info("Refused a request: {}", e.getMessage());
        if (machineRead(request)) {
            return plainText(HttpStatus.BAD_REQUEST, locale);
        }
        var view = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
        view.addObject("problem", e);
        return view;
    }

    @ExceptionHandler(ResponseStatusException.class)
    Object status(ResponseStatusException e, HttpServletRequest request, Locale locale) {
        if (machineRead(request)) {
            return plainText(HttpStatus.valueOf(e.getStatusCode().value()), locale);
        }
        if (e.getStatusCode().value() == 404) {
            return notFound(request, locale);
        }
        var view = new ModelAndView(
                "error/error", HttpStatus.valueOf(e.getStatusCode().value()));
        view.addObject("status", e.getStatusCode().value());
        return view;
    }

    /**
     * A feed's or a sitemap's address is read by feed readers and crawlers, which must not be handed an HTML
     * page labelled as XML: they get the status with a line of plain text in the reader's language.
     */
    private static boolean machineRead(HttpServletRequest request) {
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original
                : request.getRequestURI();
        return path.endsWith(".xml") || path.endsWith(".atom");
    }

    private ResponseEntity<String> plainText(HttpStatus status, Locale locale) {
        var words = status == HttpStatus.NOT_FOUND
                ? messages.getMessage("error.404.title", null, locale) + "\n\n"
                        + messages.getMessage("error.404.text", null, locale)
                : messages.getMessage("error.title", null, locale) + "\n\n"
                        + messages.getMessage("error.text", null, locale);
        return ResponseEntity.status(status).contentType(PLAIN_TEXT).body(words + "\n");
    }

    /** The page for a status, as {@link ErrorPageController} shows it for the servlet container. */
    Object page(HttpStatus status, HttpServletRequest request, Locale locale) {
        if (machineRead(request)) {
            return plainText(status, locale);
        }
        var view = switch (status) {
            case NOT_FOUND -> "error/404";
            case BAD_REQUEST -> "error/400";
            case CONTENT_TOO_LARGE -> "error/413";
            case SERVICE_UNAVAILABLE -> "error/503";
            case INTERNAL_SERVER_ERROR -> "error/500";
            default -> "error/error";
        };
        var page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        return page;
    }

    /**
     * Someone else changed or added the same thing a moment earlier; nothing of this request was saved. A
     * value the database refuses as such (too long, not allowed, missing: SQLState class 22, 23502, 23514) is
     * no clash with anyone: it is what was sent, refused as a bad request.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException e) {
        if (refusedValue(e)) {
            log.info("Refused a value the database does not take: {}", e.getMessage());
            var view = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
            view.addObject("notSaved", true);
            return view;
        }
        log.info("Refused a conflicting change: {}", e.getMessage());
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }

    private static boolean refusedValue(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                var state = sql.getSQLState();
                return state.startsWith("22") || state.equals("23502") || state.equals("23514");
            }
        }
        return false;
    }

    /**
     * The database cannot be reached, or went away during the request. A read gets the 503 page; a form
     * post gets it with the form as it was typed, to post again once the database is back (nothing of it
     * was saved: every save is one transaction). Any other failure of these kinds goes on to the 500 page.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        CannotCreateTransactionException.class,
        TransactionSystemException.class,
        UncategorizedDataAccessException.class,
        JDBCConnectionException.class
    })
    ModelAndView databaseDown(RuntimeException e, HttpServletRequest request, Locale locale) {
        if (!DatabaseFaults.unreachable(e)) {
            throw e;
        }
        refused(e);
        if (!"POST".equals(request.getMethod()) || request.getParameterMap().isEmpty()) {
            return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
        }
        var view = new ModelAndView("error/not-saved", HttpStatus.SERVICE_UNAVAILABLE);
        var prefix = request.getAttribute(LanguageAddressFilter.PREFIX_ATTRIBUTE);
        view.addObject("action", (prefix instanceof String language ? language : "") + request.getRequestURI());
        view.addObject("fields", keptFields(request, locale));
        var path = request.getRequestURI();
        view.addObject("desk", path.startsWith("/desk/") || path.startsWith("/admin/") || path.startsWith("/account/"));
        view.addObject(DATABASE_AWAY, true);
        return view;
    }

    /** A request refused for want of the database: an expected condition, said once by the outage log. */
    void refused(Throwable unreachable) {
        events.publishEvent(new DatabaseOutageLog.DatabaseUnreachable(unreachable, true));
    }

    /**
     * A field of a form posted while the database was away, shown to be posted again: with its label where
     * the desk's forms name it ({@code desk.field.<name>}), otherwise carried along hidden. Passwords and
     * the CSRF token are never shown back (the page's form gets the session's token).
     */
    record KeptField(String name, String label, String value, boolean multiline) {}

    private List<KeptField> keptFields(HttpServletRequest request, Locale locale) {
        var fields = new ArrayList<KeptField>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.equals("_csrf") || name.toLowerCase(Locale.ROOT).contains("password")) {
                return;
            }
            var label = messages.getMessage("desk.field." + name, null, null, locale);
            for (var value : values) {
                fields.add(new KeptField(name, label, value, value.contains("\n") || value.length() > 120));
            }
        });
        return fields;
    }
}

package org.factline.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
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

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** A link with a malformed part (an id that is not a number, a bad date): the reader's mistake, said kindly. */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest() {
        return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e) {
        if (e.getStatusCode().value() == 404) {
            return notFound();
        }
        var view = new ModelAndView(
                "error/error", HttpStatus.valueOf(e.getStatusCode().value()));
        view.addObject("status", e.getStatusCode().value());
        return view;
    }

    /** Someone else changed or added the same thing a moment earlier; nothing of this request was saved. */
    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException e) {
        log.info("Refused a conflicting change: {}", e.getMessage());
        return new ModelAndView("error/409", HttpStatus.CONFLICT);
    }

    @ExceptionHandler({
        CannotGetJdbcConnectionException.class,
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class
    })
    ModelAndView databaseDown(RuntimeException e) {
        log.error("The database cannot be reached: {}", e.getMessage());
        return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }
}

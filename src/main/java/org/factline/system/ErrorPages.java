package org.factline.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Renders the friendly 404 page for every client, in the reader's language. */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
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
}

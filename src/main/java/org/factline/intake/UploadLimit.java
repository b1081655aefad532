package org.factline.intake;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit is refused by the multipart parser before any of it is read into memory
 * (Tomcat streams it to disk and stops at the limit); this turns that refusal into the import page
 * with a clear message instead of an error page. It is global because the exception is raised before
 * a controller is chosen; the import is the only upload Factline has.
 */
@ControllerAdvice
class UploadLimit {

    private final ImportProperties properties;

    UploadLimit(ImportProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        var view = new ModelAndView(ImportController.UPLOAD_VIEW, HttpStatus.CONTENT_TOO_LARGE);
        view.addObject("importError", "intake.upload.tooLarge");
        view.addObject("maxMegabytes", properties.maxFileSize().toMegabytes());
        view.addObject("maxBytes", properties.maxFileSize().toBytes());
        view.addObject("maxRows", properties.maxRows());
        return view;
    }
}

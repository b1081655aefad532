package org.factline.timeline;

import java.time.Duration;
import org.factline.verdict.VerdictManagement;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Rating colours come from the database (scales are configurable), but pages run under a strict
 * Content-Security-Policy with no inline styles, so the colours are served as a stylesheet.
 */
@Controller
class RatingStylesController {

    private final VerdictManagement verdicts;

    RatingStylesController(VerdictManagement verdicts) {
        this.verdicts = verdicts;
    }

    @GetMapping(value = "/css/ratings.css", produces = "text/css")
    ResponseEntity<String> ratings() {
        var css = new StringBuilder();
        verdicts.scale(VerdictManagement.DEFAULT_SCALE)
                .ifPresent(scale -> scale.getRatings()
                        .forEach(rating ->
                                css.append(".rating-%1$s{--rating-colour:%2$s}.verdict-%1$s{--rating-colour:%2$s}\n"
                                        .formatted(rating.getCode(), rating.getColour()))));
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(css.toString());
    }
}

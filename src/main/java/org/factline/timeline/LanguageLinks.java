package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch keeps the reader on the same page, with the same filters and search: it links to the
 * page's language-free path with {@code ?lang=}, which remembers the choice and answers with the page's
 * address in that language (system's LanguageAddressFilter).
 */
@ControllerAdvice(basePackages = {"org.factline.timeline", "org.factline.search", "org.factline.report"})
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("en", link(request, "en"), "id", link(request, "id"));
    }

    private static String link(HttpServletRequest request, String language) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }
}

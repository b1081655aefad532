package org.factline.timeline;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.factline.shared.LanguageAddresses;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A reader's page names its own address in its language as canonical, and lists its versions in every
 * language and the {@code x-default} (the bare path, {@link LanguageAddresses}) as {@code hreflang}
 * alternates. A handler sets {@code canonical} to the page's address without language (filters and page
 * numbers it does not want indexed left out); a page that sets none is its own address, query included.
 */
class ReaderAddresses implements HandlerInterceptor {

    /** One {@code <link rel="alternate" hreflang>} of a page. */
    record Alternate(String hreflang, String href) {}

    static final String X_DEFAULT = "x-default";

    private final PublicSite site;

    ReaderAddresses(PublicSite site) {
        this.site = site;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || !page.isReference() || page.getViewName().startsWith("redirect:")) {
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!LanguageAddresses.perLanguage(path)) {
            return;
        }
        var language = LanguageAddresses.supported(
                RequestContextUtils.getLocale(request).getLanguage());
        var model = page.getModel();
        var address = model.get("canonical") instanceof String canonical && canonical.startsWith(site.base() + "/")
                ? canonical.substring(site.base().length())
                : UriComponentsBuilder.fromPath(path)
                        .query(request.getQueryString())
                        .build()
                        .toUriString();
        model.put("canonical", site.absolute(LanguageAddresses.of(language, address)));
        model.put("alternates", alternates(site, address));
    }

    /** The page at {@code address} (without language) in every language, then as {@code x-default}. */
    static List<Alternate> alternates(PublicSite site, String address) {
        var alternates = new ArrayList<Alternate>();
        for (var language : LanguageAddresses.LANGUAGES) {
            alternates.add(new Alternate(language, site.absolute(LanguageAddresses.of(language, address))));
        }
        alternates.add(new Alternate(X_DEFAULT, site.absolute(address)));
        return alternates;
    }
}

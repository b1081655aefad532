package org.factline.publishing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * What a public page shows, named by the module that serves it ({@code claim:12}, {@code speaker:slug}):
 * a change reaches the pages that show one of its scopes ({@link PublishedPages#reachedBy}). Scopes are
 * opaque here; only their owner gives them meaning.
 */
public final class PageScopes {

    /** The scope of a change that reaches every page. */
    public static final String EVERYTHING = "*";

    private static final String SHOWN = PageScopes.class.getName() + ".SHOWN";

    private PageScopes() {}

    /**
     * Tells the page cache that the page being rendered shows only these scopes, so that it survives
     * changes elsewhere. A page that does not call this is renewed at any change.
     */
    public static void shows(HttpServletRequest request, Set<String> scopes) {
        request.setAttribute(SHOWN, Set.copyOf(scopes));
    }

    /** The scopes the rendered page named, or {@code null} when it named none (it shows everything). */
    @SuppressWarnings("unchecked")
    static Set<String> shownBy(HttpServletRequest request) {
        return (Set<String>) request.getAttribute(SHOWN);
    }
}

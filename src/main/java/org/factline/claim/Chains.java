package org.factline.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factline.article.CanonicalUrl;

/**
 * Reads and writes an "as reported by" chain as people type it, on the desk and in an imported CSV.
 * Links are written either nearest to the article first, one per line or separated by ← ("The
 * Guardian ← KCNA ← Pushilin's letter"), or from the origin, separated by → ("Pushilin's letter → KCNA
 * → The Guardian"); each may be followed by "| https://…". Either way the chain is held nearest first.
 */
public final class Chains {

    private static final Pattern NEAREST_FIRST = Pattern.compile("\\R|←|<-");
    private static final Pattern ORIGIN_FIRST = Pattern.compile("→|->");

    private Chains() {}

    /**
     * The links, nearest first; empty when a link has no name or one longer than {@link
     * Attribution#NAME_MAX}, a link's address is not a web address, or both arrows are used.
     */
    public static Optional<List<Attribution>> parse(String text) {
        var links = new ArrayList<Attribution>();
        if (text == null || text.isBlank()) {
            return Optional.of(links);
        }
        boolean fromOrigin = ORIGIN_FIRST.matcher(text).find();
        if (fromOrigin && NEAREST_FIRST.matcher(text.strip()).find()) {
            return Optional.empty();
        }
        for (var part : (fromOrigin ? ORIGIN_FIRST : NEAREST_FIRST).split(text)) {
            var trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            var pieces = trimmed.split("\\|", 2);
            var name = pieces[0].strip();
            var url = pieces.length > 1 ? pieces[1].strip() : "";
            if (name.isEmpty() || name.codePointCount(0, name.length()) > Attribution.NAME_MAX) {
                return Optional.empty();
            }
            if (!url.isEmpty() && !(CanonicalUrl.isValid(url) && url.length() <= CanonicalUrl.MAX_LENGTH)) {
                return Optional.empty();
            }
            links.add(new Attribution(name, url.isEmpty() ? null : url));
        }
        if (fromOrigin) {
            Collections.reverse(links);
        }
        return Optional.of(links);
    }
}

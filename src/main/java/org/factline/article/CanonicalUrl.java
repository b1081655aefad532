package org.factline.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises article URLs so that one article is recorded once: lower-case scheme and host, no
 * default port, no fragment, no trailing slash, and no tracking parameters.
 */
public final class CanonicalUrl {

    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref_src", "ocid",
            "cmpid", "share", "amp");

    /** The longest web address Factline stores (articles, sources, links in a chain). */
    public static final int MAX_LENGTH = 2000;

    private CanonicalUrl() {}

    /**
     * Returns the canonical form of an http(s) URL.
     *
     * @throws IllegalArgumentException when the text is not an absolute http(s) URL with a host
     */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("URL is empty");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a URL: " + url, e);
        }
        var scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("Not an http(s) URL: " + url);
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("URL has no host: " + url);
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);

        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }

        var kept = new ArrayList<String>();
        if (uri.getRawQuery() != null) {
            for (var parameter : uri.getRawQuery().split("&")) {
                var name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                    kept.add(parameter);
                }
            }
        }
        kept.sort(null);

        var canonical = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            canonical.append(':').append(port);
        }
        canonical.append("/".equals(path) ? "" : path);
        if (!kept.isEmpty()) {
            canonical.append('?').append(String.join("&", kept));
        }
        return canonical.toString();
    }

    /**
     * Whether the text is a web address Factline accepts anywhere (an article, a source, a link in an
     * "as reported by" chain): an absolute http(s) URL with a host, as {@link #of(String)} accepts it.
     */
    public static boolean isValid(String url) {
        try {
            of(url);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package org.factline.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one place where an article's address is normalised. {@link #clean(String)} is the address Factline
 * stores and shows (no tracking parameters, no fragment, lower-case scheme and host, no default port);
 * {@link #of(String)} is the key one article is recorded under, so that the {@code http://} and
 * {@code https://}, {@code www.} and bare-host, trailing-slash and paged ({@code ?page=all}) copies of an
 * address find the same article.
 */
public final class CanonicalUrl {

    // named by the parameter as a whole; those starting with TRACKING_PREFIXES go as well
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid",
            "gclid",
            "gclsrc",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "twclid",
            "ttclid",
            "li_fat_id",
            "igshid",
            "igsh",
            "yclid",
            "_ga",
            "_gl",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "ref_src",
            "ref_url",
            "ocid",
            "cmpid",
            "s_cid",
            "share",
            "amp",
            "spm",
            "vero_id",
            "oly_anon_id",
            "oly_enc_id");

    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "mc_", "pk_", "mtm_");

    // parameters that pick a part of one article (its pages, or all of them) and so not another article
    private static final Set<String> SAME_ARTICLE_PARAMETERS = Set.of("page");

    /** The longest web address Factline stores (articles, sources, links in a chain). */
    public static final int MAX_LENGTH = 2000;

    private CanonicalUrl() {}

    /**
     * Returns the key an article is recorded under: {@link #clean(String) clean}, then https, no
     * {@code www.}, no trailing slash, no {@code page} parameter, the other parameters sorted.
     *
     * @throws IllegalArgumentException when the text is not an absolute http(s) URL with a host
     */
    public static String of(String url) {
        var address = Address.parse(url);
        var host = address.host.startsWith("www.") ? address.host.substring(4) : address.host;
        var path = address.path;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        var kept = new ArrayList<String>();
        for (var parameter : address.parameters) {
            if (!SAME_ARTICLE_PARAMETERS.contains(name(parameter))) {
                kept.add(parameter);
            }
        }
        kept.sort(null);
        return "https://" + host + address.port + path + query(kept);
    }

    /**
     * Returns the address as Factline stores and shows it: without tracking parameters and fragment, with
     * a lower-case scheme and host and no default port; the path and the other parameters as given.
     *
     * @throws IllegalArgumentException when the text is not an absolute http(s) URL with a host
     */
    public static String clean(String url) {
        var address = Address.parse(url);
        return address.scheme + "://" + address.host + address.port + address.path + query(address.parameters);
    }

    /**
     * Whether the text is a web address Factline accepts anywhere (an article, a source, a link in an
     * "as reported by" chain): an absolute http(s) URL with a host, as {@link #of(String)} accepts it.
     */
    public static boolean isValid(String url) {
        try {
            Address.parse(url);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String name(String parameter) {
        return parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
    }

    private static boolean tracking(String name) {
        return TRACKING_PARAMETERS.contains(name) || TRACKING_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static String query(List<String> parameters) {
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    /** An http(s) address taken apart, its tracking parameters dropped; {@code port} is empty or ":8080". */
    private record Address(String scheme, String host, String port, String path, List<String> parameters) {

        static Address parse(String url) {
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
            while (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            var path = uri.getRawPath() == null ? "" : uri.getRawPath();
            var parameters = new ArrayList<String>();
            if (uri.getRawQuery() != null) {
                for (var parameter : uri.getRawQuery().split("&")) {
                    if (!parameter.isEmpty() && !tracking(name(parameter))) {
                        parameters.add(parameter);
                    }
                }
            }
            return new Address(scheme, host, defaultPort ? "" : ":" + port, path, List.copyOf(parameters));
        }
    }
}

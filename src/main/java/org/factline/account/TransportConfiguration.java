package org.factline.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.filters.RemoteIpFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address and whether it came over TLS, believed from a reverse proxy only when that proxy is
 * one of {@link TransportProperties#trustedProxies()}; and redirects that never carry the request's
 * {@code Host} header.
 */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

    /** A literal IPv4 or IPv6 address, optionally with a prefix length: never a name to look up. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9a-fA-F:.]+(/\\d{1,3})?");

    /**
     * Tomcat's {@link RemoteIpFilter}: from a trusted proxy, the client is the right-most address of
     * {@code X-Forwarded-For} that is not itself a trusted proxy (the left-most could be written by anyone),
     * and {@code X-Forwarded-Proto: https} makes the request secure (so the session cookie is {@code Secure}
     * and HSTS is sent); from anyone else both headers are ignored. It runs first, before the session and
     * security filters read either.
     */
    @Bean
    FilterRegistrationBean<RemoteIpFilter> trustedProxyFilter(TransportProperties properties) {
        var filter = new RemoteIpFilter();
        filter.setInternalProxies(cidrs(properties));
        filter.setTrustedProxies("");
        filter.setRemoteIpHeader("X-Forwarded-For");
        filter.setProtocolHeader("X-Forwarded-Proto");
        filter.setProtocolHeaderHttpsValue("https");
        filter.setPortHeader(null);
        filter.setHostHeader(null);
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RelativeRedirects> relativeRedirects() {
        var registration = new FilterRegistrationBean<>(new RelativeRedirects());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /**
     * The trusted proxies as Tomcat's comma-separated CIDR list; a single address is a range of one. Anything
     * else stops the start with a message naming it. None configured: empty, which Tomcat matches to no
     * address (once set; its own default would trust every private range).
     */
    static String cidrs(TransportProperties properties) {
        return properties.trustedProxies().stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(entry -> {
                    if (!ADDRESS.matcher(entry).matches()) {
                        throw new IllegalArgumentException("FACTLINE_TRUSTED_PROXIES: \"" + entry
                                + "\" is not an IP address or CIDR range (such as 10.0.0.5 or 10.0.0.0/8)");
                    }
                    return entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
                })
                // Tomcat reads a value holding a slash as a list of CIDR ranges, anything else as a regular expression
                .collect(Collectors.joining(","));
    }

    /**
     * Redirects go out as paths, resolved by the browser against the address it asked for, so a forged
     * {@code Host} never reaches a {@code Location} (Tomcat keeps them relative with
     * {@code server.tomcat.use-relative-redirects}). A library that builds an absolute URL from the request
     * (Spring Security's sign-in redirect and saved request) has its own host taken off again.
     */
    static class RelativeRedirects extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendRedirect(String location) throws IOException {
                    super.sendRedirect(withoutOwnHost(request, location));
                }

                @Override
                public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
                    super.sendRedirect(withoutOwnHost(request, location), status, clearBuffer);
                }

                @Override
                public void setHeader(String name, String value) {
                    super.setHeader(name, location(name) ? withoutOwnHost(request, value) : value);
                }

                @Override
                public void addHeader(String name, String value) {
                    super.addHeader(name, location(name) ? withoutOwnHost(request, value) : value);
                }
            });
        }

        private static boolean location(String name) {
            return HttpHeaders.LOCATION.equalsIgnoreCase(name);
        }

        /** An absolute URL on the host the request named becomes its path, query and fragment. */
        static String withoutOwnHost(HttpServletRequest request, String location) {
            if (location == null) {
                return null;
            }
            try {
                var uri = new URI(location);
                if (!uri.isAbsolute()
                        || uri.getHost() == null
                        || !uri.getHost().toLowerCase(Locale.ROOT).equals(host(request))) {
                    return location;
                }
                var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return path
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            } catch (URISyntaxException e) {
                return location;
            }
        }

        private static String host(HttpServletRequest request) {
            var name = request.getServerName();
            return name == null ? "" : name.toLowerCase(Locale.ROOT);
        }
    }
}

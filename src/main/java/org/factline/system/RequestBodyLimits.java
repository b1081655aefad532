package org.factline.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a request body may be, checked from its headers before anything reads it (Spring Security's CSRF
 * check reads a form's fields, and Tomcat would spool a multipart body to disk first):
 *
 * <ul>
 *   <li>multipart only where a file is uploaded ({@value #UPLOAD}); anywhere else 415;
 *   <li>what anyone may post without signing in (the sign-in form and the readers' report forms) at most
 *       {@value #ANONYMOUS_MAX_BYTES} bytes, with its length said: more, 413; no length (a chunked body, which
 *       no browser sends for a form), 411.
 * </ul>
 *
 * The refusal is our short page for the status, in the reader's language, written here: an error dispatch
 * would go through Spring MVC, which reads a multipart body before anything else.
 */
class RequestBodyLimits extends OncePerRequestFilter {

    private final ContainerErrorPages pages;

    RequestBodyLimits(ContainerErrorPages pages) {
        this.pages = pages;
    }

    static final String UPLOAD = "/desk/import";

    /** 64 KB: a report's longest text and the form around it, many times over. */
    static final long ANONYMOUS_MAX_BYTES = 64 * 1024;

    private static final Pattern ANONYMOUS_POSTS = Pattern.compile("(/id)?(/login|/report|/claims/\\d{1,18}/report)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // no body, or none said to follow
        return request.getContentLengthLong() <= 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && !path.equals(UPLOAD)) {
            pages.send(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), request, response);
            return;
        }
        if (ANONYMOUS_POSTS.matcher(path).matches()) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                pages.send(HttpStatus.LENGTH_REQUIRED.value(), request, response);
                return;
            }
            if (length > ANONYMOUS_MAX_BYTES) {
                pages.send(HttpStatus.CONTENT_TOO_LARGE.value(), request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}

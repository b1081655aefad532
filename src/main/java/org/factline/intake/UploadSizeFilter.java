package org.factline.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an import upload that announces more bytes than allowed before anything reads it. Tomcat 11
 * would otherwise fail the request inside Spring Security's CSRF check (it reads the form's
 * parameters) and show its bare 413 page; this sends the editor back to the import page with a clear
 * message instead. It runs before the security filters and only looks at the Content-Length header.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    static final String PATH = "/desk/import";

    private final long maxRequestBytes;

    UploadSizeFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + PATH + "?tooLarge=true");
            response.setHeader("Connection", "close");
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.factline.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.util.UriUtils;

/**
 * Spring Security's own CSRF token handling, except that a token in the address is not accepted: addresses
 * end up in proxy and server logs, browser history and {@code Referer} headers, so a form carries its token
 * in its body (a hidden field, which Thymeleaf adds to every {@code th:action} form) or in a header, never
 * in its {@code action}.
 */
class CsrfTokensOutOfAddresses implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        return inAddress(request, csrfToken.getParameterName())
                ? null
                : delegate.resolveCsrfTokenValue(request, csrfToken);
    }

    static boolean inAddress(HttpServletRequest request, String parameterName) {
        var query = request.getQueryString();
        return query != null
                && Arrays.stream(query.split("&"))
                        .map(pair -> pair.split("=", 2)[0])
                        .map(name -> UriUtils.decode(name, StandardCharsets.UTF_8))
                        .anyMatch(parameterName::equals);
    }
}

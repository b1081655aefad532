package org.factline.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import org.factline.shared.ControlCharacters;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Request parameters with a control character are refused with our 400 page ({@link ControlCharacterInRequest}):
 * every parameter of a GET or HEAD (a search, a filter, an export's {@code q}; none is multi-line), and the
 * {@code @RequestParam} texts of a post (a send-back comment, a public note: multi-line). Posted forms are
 * checked field by field by {@link PlainTextForms}, which keeps the form.
 */
class PlainTextParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> check(name, values, false));
        } else if (handler instanceof HandlerMethod method) {
            for (var parameter : method.getMethodParameters()) {
                var annotation = parameter.getParameterAnnotation(RequestParam.class);
                var type = parameter.getParameterType();
                if (annotation != null && (type == String.class || Collection.class.isAssignableFrom(type))) {
                    var name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
                    check(name, request.getParameterValues(name), true);
                }
            }
        }
        return true;
    }

    private static void check(String name, String[] values, boolean multiLine) {
        if (values == null) {
            return;
        }
        ControlCharacters.find(name, false).ifPresent(found -> {
            throw new ControlCharacterInRequest("?", found.codePoint());
        });
        for (var value : values) {
            ControlCharacters.find(value, multiLine).ifPresent(found -> {
                throw new ControlCharacterInRequest(name, found.codePoint());
            });
        }
    }
}

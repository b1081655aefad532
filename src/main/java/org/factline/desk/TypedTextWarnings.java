package org.factline.desk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A desk form that comes back from a POST (refused, or shown again for any other reason) lists what its typed
 * texts and addresses hold that may read differently ({@link TextWarning#typed}), at the top of the page as
 * {@code formWarnings}: nothing typed is saved yet, so no other warning can name it.
 */
@Configuration(proxyBeanMethods = false)
class TypedTextWarnings implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/desk/**");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null
                || !"POST".equals(request.getMethod())
                || view.getViewName() == null
                || view.getViewName().startsWith("redirect:")) {
            return;
        }
        var warnings = new ArrayList<TextWarning>();
        for (var value : view.getModel().values()) {
            if (value instanceof BindingResult result && result.getTarget() instanceof Record form) {
                warnings.addAll(TextWarning.typed(form));
            }
        }
        if (!warnings.isEmpty()) {
            view.addObject("formWarnings", warnings);
        }
    }
}

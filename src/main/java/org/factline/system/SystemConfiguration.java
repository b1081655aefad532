package org.factline.system;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("id"));

    /**
     * No Micrometer observation per HTTP request or security filter: nothing reads those metrics here,
     * and on a hot public page they cost a quarter of the throughput.
     */
    @Bean
    ObservationPredicate noPerRequestObservations() {
        return (name, context) -> !name.equals("http.server.requests") && !name.startsWith("spring.security.");
    }

    /** JavaScript inlining in templates writes JSON that cannot break out of its script element. */
    @Bean
    static BeanPostProcessor scriptSafeJavaScriptInlining() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.getDialects().stream()
                            .filter(StandardDialect.class::isInstance)
                            .map(StandardDialect.class::cast)
                            .forEach(dialect -> dialect.setJavaScriptSerializer(new ScriptSafeJsonSerializer()));
                }
                return bean;
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The reader's language: a choice made with ?lang= sticks in a cookie; otherwise Accept-Language. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("factline-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            var requested = request.getHeader("Accept-Language") == null ? null : request.getLocale();
            return requested != null && "id".equals(requested.getLanguage())
                    ? SUPPORTED_LOCALES.get(1)
                    : Locale.ENGLISH;
        });
        return resolver;
    }

    private static Locale supported(Locale locale) {
        return locale != null && "id".equals(locale.getLanguage()) ? SUPPORTED_LOCALES.get(1) : Locale.ENGLISH;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** {@code aria-invalid} and {@code aria-describedby} on every bound field with an error ({@link FieldErrorsDialect}). */
    @Bean
    FieldErrorsDialect fieldErrorsDialect() {
        return new FieldErrorsDialect();
    }
}

package org.factline.system;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.factline.shared.LanguageAddresses;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration implements WebMvcConfigurer {

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

    /** The desk's sessions outlive an outage of the database that holds them ({@link SessionsWhileDatabaseAway}). */
    @Bean
    static BeanPostProcessor sessionsWhileDatabaseAway() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JdbcIndexedSessionRepository)) {
                    return bean;
                }
                var proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(true);
                proxy.addAdvice(new SessionsWhileDatabaseAway());
                return proxy.getProxy();
            }
        };
    }

    /** One line when PostgreSQL goes away, one a minute while it stays away, one when it is back. */
    @Bean
    DatabaseOutageLog databaseOutageLog(DataSource dataSource, Clock clock) {
        return new DatabaseOutageLog(dataSource, clock, Duration.ofMinutes(1));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The language of a page: a reader's page's is its address's ({@link LanguageAddressFilter}); elsewhere
     * (the desk) the one chosen with {@code ?lang=} (a cookie), else Accept-Language by q-value, else English.
     */
    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (request.getAttribute(LanguageAddressFilter.LANGUAGE_ATTRIBUTE) instanceof Locale locale) {
                    return locale;
                }
                return Locale.forLanguageTag(Languages.preferred(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                var language = locale == null ? null : LanguageAddresses.supported(locale.getLanguage());
                if (language != null && response != null) {
                    Languages.remember(language, request, response);
                    request.setAttribute(LanguageAddressFilter.LANGUAGE_ATTRIBUTE, Locale.forLanguageTag(language));
                }
            }
        };
    }

    /** Before the security rules and the page cache, which then see the language-free path. */
    @Bean
    FilterRegistrationBean<LanguageAddressFilter> languageAddresses() {
        var registration = new FilterRegistrationBean<>(new LanguageAddressFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Before anything reads a body: Spring Security's filters and the language filter. */
    @Bean
    FilterRegistrationBean<RequestBodyLimits> requestBodyLimits(ContainerErrorPages pages) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimits(pages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new PlainTextParameters());
    }

    /** {@code aria-invalid} and {@code aria-describedby} on every bound field with an error ({@link FieldErrorsDialect}). */
    @Bean
    FieldErrorsDialect fieldErrorsDialect() {
        return new FieldErrorsDialect();
    }
}

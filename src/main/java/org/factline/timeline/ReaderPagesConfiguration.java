package org.factline.timeline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicSite.class)
class ReaderPagesConfiguration {

    @Bean
    PageCache pageCache(PublicContentVersion versions, LocaleResolver localeResolver) {
        return new PageCache(versions, localeResolver);
    }

    /** After Spring Security, so that signed-in users are known and security headers still apply. */
    @Bean
    FilterRegistrationBean<PageCache> pageCacheRegistration(PageCache pageCache) {
        var registration = new FilterRegistrationBean<>(pageCache);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        registration.addUrlPatterns("/*");
        return registration;
    }
}

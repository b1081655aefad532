package org.factline.publishing;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublishingProperties.class)
class PublishingConfiguration {

    @Bean
    PageCache pageCache(
            PublicContentVersion versions,
            PageStore store,
            PublicPageRoutes routes,
            LocaleResolver localeResolver,
            PublishingProperties properties) {
        return new PageCache(
                versions, store, routes, localeResolver, properties.cacheSize(), properties.rendersAtOnce());
    }

    /** How many public page requests the cache answered (from memory or the database), and how many needed a render. */
    @Bean
    MeterBinder pageCacheMetrics(PageCache pageCache) {
        return registry -> {
            FunctionCounter.builder("factline.page.cache", pageCache, PageCache::hits)
                    .tag("result", "hit")
                    .description("Public page requests answered from the rendered-page cache")
                    .register(registry);
            FunctionCounter.builder("factline.page.cache", pageCache, PageCache::storedHits)
                    .tag("result", "stored")
                    .description("Public page requests answered from a page kept in the database")
                    .register(registry);
            FunctionCounter.builder("factline.page.cache", pageCache, PageCache::uncheckedHits)
                    .tag("result", "unchecked")
                    .description("Public page requests answered from memory while the database was unreachable")
                    .register(registry);
            FunctionCounter.builder("factline.page.cache", pageCache, PageCache::renders)
                    .tag("result", "render")
                    .description("Public page requests that were rendered")
                    .register(registry);
        };
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

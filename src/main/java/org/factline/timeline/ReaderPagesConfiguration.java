package org.factline.timeline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicSite.class)
class ReaderPagesConfiguration implements WebMvcConfigurer {

    private final PublicSite site;

    ReaderPagesConfiguration(PublicSite site) {
        this.site = site;
    }

    /** Canonical and hreflang links on every reader's page ({@link ReaderAddresses}). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReaderAddresses(site));
    }

    /** {@code fl:choices} and {@code fl:snippet}, for the browse filters and search results ({@link ReaderDialect}). */
    @Bean
    ReaderDialect readerDialect() {
        return new ReaderDialect();
    }
}

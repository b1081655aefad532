package org.factline.timeline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicSite.class)
class ReaderPagesConfiguration {

    /** {@code fl:choices} and {@code fl:snippet}, for the browse filters and search results ({@link ReaderDialect}). */
    @Bean
    ReaderDialect readerDialect() {
        return new ReaderDialect();
    }
}

package org.factline.intake;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Spring's multipart limits follow the import's: one setting, FACTLINE_IMPORT_MAX_FILE_SIZE. */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    /** Room for the form's other fields and the multipart boundaries around the file. */
    static final long ENVELOPE = DataSize.ofKilobytes(64).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(ImportProperties properties) {
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxFileSize());
        factory.setMaxRequestSize(DataSize.ofBytes(properties.maxFileSize().toBytes() + ENVELOPE));
        factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
        return factory.createMultipartConfig();
    }

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(ImportProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new UploadSizeFilter(properties.maxFileSize().toBytes() + ENVELOPE));
        registration.addUrlPatterns(UploadSizeFilter.PATH);
        // before Spring Security's filter chain (order -100), which reads the form parameters
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}

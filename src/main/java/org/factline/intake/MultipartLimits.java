package org.factline.intake;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Spring's multipart limits follow the import's: one setting, FACTLINE_IMPORT_MAX_FILE_SIZE. */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(ImportProperties properties) {
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxFileSize());
        // room for the form's other fields around the file
        factory.setMaxRequestSize(DataSize.ofBytes(
                properties.maxFileSize().toBytes() + DataSize.ofMegabytes(1).toBytes()));
        factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
        return factory.createMultipartConfig();
    }
}

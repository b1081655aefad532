package org.factline.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Held forms go back into the pages of the signed-in areas ({@link HeldFormRestorer}). */
@Configuration(proxyBeanMethods = false)
class HeldFormsConfiguration implements WebMvcConfigurer {

    private final HeldForms held;
    private final ObjectProvider<FormattingConversionService> conversions;

    HeldFormsConfiguration(
            HeldForms held,
            @Qualifier("mvcConversionService") ObjectProvider<FormattingConversionService> conversions) {
        this.held = held;
        this.conversions = conversions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HeldFormRestorer(held, conversions))
                .addPathPatterns("/desk/**", "/admin/**", "/account/**");
    }
}

package org.factline;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In every test application context (registered in META-INF/spring.factories), passwords are hashed
 * with bcrypt at its lowest cost, 4, instead of the production encoder's 10: 64 times less work for
 * each of the hundreds of fixture users the tests create, and for each sign-in. The hashes keep the
 * production format ({@code {bcrypt}$2a$04$…}), and hashes of any cost still match. The application
 * itself, and tests that start it on their own (EmbeddedDatabaseTests), keep the production encoder.
 */
class CheapPasswordHashing implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    /** A record, so that equal customizers let test classes share a cached context. */
    record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof PasswordEncoder ? cheap() : bean;
                }
            });
        }

        private static PasswordEncoder cheap() {
            return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
        }
    }
}

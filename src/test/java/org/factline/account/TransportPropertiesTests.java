package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped transport settings, as a deployer who sets nothing gets them, and how proxies are read. */
class TransportPropertiesTests {

    @Test
    void byDefaultNoProxyIsTrustedAndNoHstsIsSent() throws Exception {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("shipped", new ClassPathResource("application.yaml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        var properties = Binder.get(environment).bindOrCreate("factline.transport", TransportProperties.class);
        assertThat(properties.trustedProxies()).isEmpty();
        assertThat(properties.hsts()).isFalse();
        assertThat(TransportConfiguration.cidrs(properties)).isEmpty();
    }

    @Test
    void proxiesAreAddressesOrRangesAndNothingElse() {
        assertThat(TransportConfiguration.cidrs(
                        new TransportProperties(List.of(" 10.0.0.5", "192.168.0.0/16 ", "::1", ""), null, false)))
                .isEqualTo("10.0.0.5/32,192.168.0.0/16,::1/128");
        assertThatThrownBy(() ->
                        TransportConfiguration.cidrs(new TransportProperties(List.of("proxy.internal"), null, false)))
                .hasMessageContaining("FACTLINE_TRUSTED_PROXIES")
                .hasMessageContaining("proxy.internal");
    }
}

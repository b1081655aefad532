package org.factline.account;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Factline is reached: through which proxies, and whether browsers are told to use HTTPS only.
 *
 * @param trustedProxies the addresses (or CIDR ranges) of the reverse proxies in front of Factline
 *     (FACTLINE_TRUSTED_PROXIES); only their {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are
 *     believed. Empty: no one's.
 * @param hstsMaxAge how long browsers keep to HTTPS after a secure response (FACTLINE_HSTS_MAX_AGE, e.g.
 *     {@code 365d}); unset or zero sends no {@code Strict-Transport-Security}
 * @param hstsIncludeSubdomains whether that also covers the site's subdomains
 *     (FACTLINE_HSTS_INCLUDE_SUBDOMAINS)
 */
@ConfigurationProperties("factline.transport")
record TransportProperties(
        @DefaultValue List<String> trustedProxies, Duration hstsMaxAge, boolean hstsIncludeSubdomains) {

    boolean hsts() {
        return hstsMaxAge != null && !hstsMaxAge.isNegative() && !hstsMaxAge.isZero();
    }
}

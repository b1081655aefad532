package org.factline.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a new instance (FACTLINE_ADMIN_EMAIL, FACTLINE_ADMIN_PASSWORD). When the
 * password is unset, a one-time password is generated and printed once in the log.
 */
@ConfigurationProperties("factline.admin")
public record AdminProperties(String email, String password) {

    static final String DEFAULT_EMAIL = "admin@factline.local";

    String emailOrDefault() {
        return email == null || email.isBlank() ? DEFAULT_EMAIL : email.trim();
    }
}

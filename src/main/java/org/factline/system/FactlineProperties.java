package org.factline.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings a deployer may change, each bound from an environment variable documented in the README.
 *
 * @param demo load the demo data: {@code null} means "only into a new embedded database"
 * @param timeZone the newsroom's time zone, in which dates are shown
 * @param embedded the embedded PostgreSQL used when no database URL is configured
 */
@Validated
@ConfigurationProperties("factline")
public record FactlineProperties(
        Boolean demo,
        @DefaultValue("Asia/Jakarta") @NotBlank String timeZone,
        @DefaultValue Embedded embedded) {

    /** @param dataDirectory where the embedded server keeps its data; it survives restarts */
    public record Embedded(
            @NotBlank @DefaultValue("./data/postgres") String dataDirectory) {}
}

package org.factline.report;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param reportSecret the key of the hash kept of a reporter's address (FACTLINE_PUBLIC_REPORT_SECRET)
 * @param reportsPerHour the most reports all readers together may send in an hour
 *     (FACTLINE_PUBLIC_REPORTS_PER_HOUR), so a flood from many addresses stops there
 */
@Validated
@ConfigurationProperties("factline.public")
record ReportProperties(
        @DefaultValue("factline-reports") String reportSecret,
        @DefaultValue("300") @Positive int reportsPerHour) {}

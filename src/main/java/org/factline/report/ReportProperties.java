package org.factline.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param reportSecret the key of the hash kept of a reporter's address (FACTLINE_PUBLIC_REPORT_SECRET) */
@ConfigurationProperties("factline.public")
record ReportProperties(@DefaultValue("factline-reports") String reportSecret) {}

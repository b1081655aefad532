package org.factline.report;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.factline.shared.MultiLine;

/**
 * What a reader tells us about an error on a claim page, or (from the site-wide form) about anything.
 *
 * @param page on the site-wide form, the page or subject the reader means (optional)
 * @param website a field readers never see; robots fill it in
 */
record ReportForm(
        @NotBlank(message = "{report.message.required}")
        @Size(min = 10, max = 4000, message = "{report.message.size}")
        @MultiLine
        String message,

        @Email(message = "{report.email.invalid}") @Size(max = 254, message = "{report.email.invalid}")
        String email,

        @Size(max = 500, message = "{report.page.size}") String page,

        String website) {

    static ReportForm empty() {
        return new ReportForm("", "", "", "");
    }
}

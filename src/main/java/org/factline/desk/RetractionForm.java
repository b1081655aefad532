package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.factline.claim.Retraction;
import org.factline.shared.MultiLine;

/** The public reason for retracting a published claim, and the confirmation page's answer. */
record RetractionForm(
        @NotBlank(message = "{claim.error.retractionReasonRequired}")
        @Size(max = Retraction.REASON_MAX, message = "{validation.size}")
        @MultiLine
        String reason,

        String confirm) {

    static RetractionForm empty() {
        return new RetractionForm("", "");
    }
}

package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.factline.claim.QuoteKind;

/** A further appearance of a claim, in an article given by URL (recorded on the spot if new). */
record AppearanceForm(
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size}")
        String articleUrl,

        @Size(max = 500, message = "{validation.size}") String articleTitle,
        @Size(max = 200, message = "{validation.size}") String articleOutlet,

        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.size}")
        String quote,

        @NotNull(message = "{validation.choose}") QuoteKind quoteKind,
        @Size(max = 2000, message = "{validation.size}") String chain) {

    static AppearanceForm empty() {
        return new AppearanceForm("", "", "", "", QuoteKind.DIRECT, "");
    }
}

package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.factline.claim.QuoteKind;

/** A further appearance of a claim, in an article given by URL (recorded on the spot if new). */
record AppearanceForm(
        @NotBlank @Size(max = 2000) String articleUrl,
        @Size(max = 500) String articleTitle,
        @Size(max = 200) String articleOutlet,
        @NotBlank @Size(max = 5000) String quote,
        @NotNull QuoteKind quoteKind,
        @Size(max = 2000) String chain) {

    static AppearanceForm empty() {
        return new AppearanceForm("", "", "", "", QuoteKind.DIRECT, "");
    }
}

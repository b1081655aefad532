package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factline.claim.DatePrecision;
import org.factline.claim.QuoteKind;
import org.factline.speaker.SpeakerKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Recording a claim from an article in one form: the quote as it appears, who said it (an existing
 * speaker by name or alias, or a new one), when, and how the article got it. With {@code
 * existingClaim} set, the quote is added as a further appearance of that claim instead.
 */
record ClaimForm(
        @Size(max = 300, message = "{validation.size}") String existingClaim,

        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.size}")
        String quote,

        @NotNull(message = "{validation.choose}") QuoteKind quoteKind,
        @Size(max = 2000, message = "{validation.size}") String chain,
        @Size(max = 200, message = "{validation.size}") String speakerName,
        SpeakerKind newSpeakerKind,
        @Size(max = 300, message = "{validation.size}") String newSpeakerRole,
        @Size(max = 5000, message = "{validation.size}") String claimText,

        @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = 5000, message = "{validation.size}") String translation,

        @Pattern(regexp = "([a-z]{2,3})?", message = "{desk.error.language}")
        String translationLanguage,

        @Size(max = 75, message = "{validation.size}") String summary,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{validation.notFuture}")
        LocalDate saidOn,

        @NotNull(message = "{validation.choose}") DatePrecision datePrecision,
        @Size(max = 300, message = "{validation.size}") String saidWhere,
        @Size(max = 500, message = "{validation.size}") String topics) {

    static ClaimForm forArticle(String language) {
        return new ClaimForm(
                "",
                "",
                QuoteKind.DIRECT,
                "",
                "",
                null,
                "",
                "",
                language,
                "",
                "en",
                "",
                null,
                DatePrecision.DAY,
                "",
                "");
    }

    public boolean addsToExistingClaim() {
        return existingClaim != null && !existingClaim.isBlank();
    }
}

package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factline.claim.DatePrecision;

/** An editor's revision of a claim; {@code version} is the version they opened, for conflict detection. */
record ClaimEditForm(
        @NotNull Long version,
        @NotBlank @Size(max = 200) String speakerName,
        @NotBlank @Size(max = 5000) String claimText,

        @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = 5000) String translation,

        @Pattern(regexp = "([a-z]{2,3})?", message = "{desk.error.language}")
        String translationLanguage,

        @Size(max = 75) String summary,
        @PastOrPresent LocalDate saidOn,
        @NotNull DatePrecision datePrecision,
        @Size(max = 300) String saidWhere,
        @Size(max = 500) String topics) {}

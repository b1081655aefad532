package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.factline.claim.DatePrecision;
import org.springframework.format.annotation.DateTimeFormat;

/** An editor's revision of a claim; {@code version} is the version they opened, for conflict detection. */
record ClaimEditForm(
        @NotNull(message = "{validation.choose}") Long version,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}")
        String speakerName,

        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.size}")
        String claimText,

        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = 5000, message = "{validation.size}") String translation,

        @Pattern(regexp = "([a-z]{2,3})?", message = "{desk.error.language}")
        String translationLanguage,

        @Size(max = 75, message = "{validation.size}") String summary,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{validation.notFuture}")
        LocalDate saidOn,

        @NotNull(message = "{validation.choose}") DatePrecision datePrecision,
        @Size(max = 300, message = "{validation.size}") String saidWhere,
        @Size(max = 500, message = "{validation.size}") String topics) {}

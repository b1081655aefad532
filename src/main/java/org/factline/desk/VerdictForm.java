package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A verdict draft; {@code correctionReason} is required (and only used) when correcting a published one. */
record VerdictForm(
        Long version,
        @NotNull Long ratingId,
        @NotBlank @Size(max = 300) String summary,
        @NotBlank @Size(max = 20_000) String rationale,
        @Size(max = 2000) String correctionReason) {

    static VerdictForm empty() {
        return new VerdictForm(0L, null, "", "", "");
    }
}

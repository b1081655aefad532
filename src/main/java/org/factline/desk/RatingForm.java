package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.factline.shared.MultiLine;
import org.factline.verdict.RatingText;

/** A rating as an admin words it; {@code code} and {@code value} only count when adding one. */
record RatingForm(
        Long version,

        @Pattern(regexp = "[a-z]+(-[a-z]+)*", message = "{admin.scales.error.code}")
        @Size(max = 40, message = "{validation.size}")
        String code,

        Integer value,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}")
        String labelEn,

        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size}")
        String labelId,

        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size}") @MultiLine
        String descriptionEn,

        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size}") @MultiLine
        String descriptionId,

        @NotNull(message = "{validation.choose}")
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{admin.scales.error.colour}")
        String colour,

        @NotNull(message = "{validation.choose}")
        @Pattern(regexp = "check|check-partial|half|warning|cross|twist|question", message = "{validation.choose}")
        String icon,

        /**
         * On the scale's true-to-false line (ClaimReview gives its value) or off it (its label alone);
         * not posted: as it was (a new rating: on the line).
         */
        Boolean onScale) {

    static final String[] ICONS = {"check", "check-partial", "half", "warning", "cross", "twist", "question"};

    static RatingForm empty() {
        return new RatingForm(0L, "", 0, "", "", "", "", "#4a5563", "question", true);
    }

    RatingText text() {
        return new RatingText(labelEn, labelId, descriptionEn, descriptionId, colour, icon);
    }
}

package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.factline.verdict.Verdict;

/** A verdict draft; {@code correctionReason} is required (and only used) when correcting a published one. */
record VerdictForm(
        Long version,
        @NotNull(message = "{validation.choose}") Long ratingId,

        @NotBlank(message = "{validation.required}") @Size(max = Verdict.SUMMARY_MAX, message = "{validation.size}")
        String summary,

        @NotBlank(message = "{validation.required}") @Size(max = Verdict.RATIONALE_MAX, message = "{validation.size}")
        String rationale,

        @Size(max = Verdict.CORRECTION_REASON_MAX, message = "{validation.size}")
        String correctionReason) {

    /** The inputs a merge of a draft's edits compares and the conflict page shows, in the form's order. */
    static final List<FormField> FIELDS =
            List.of(FormField.of("ratingId"), FormField.of("summary"), FormField.of("rationale"));

    static VerdictForm of(Verdict verdict) {
        return new VerdictForm(
                verdict.getVersion(), verdict.getRating().getId(), verdict.getSummary(), verdict.getRationale(), "");
    }

    static VerdictForm empty() {
        return new VerdictForm(0L, null, "", "", "");
    }

    /**
     * The form for a claim's next verdict: empty for its first, and for a correction the published
     * verdict's rating, conclusion and rationale to start from (the public reason left to write).
     */
    static VerdictForm next(DeskPages.ClaimWorkspace page) {
        var published = page.published();
        return published == null
                ? empty()
                : new VerdictForm(
                        0L, published.getRating().getId(), published.getSummary(), published.getRationale(), "");
    }
}

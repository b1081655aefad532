package org.factline.desk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.factline.shared.Bilingual;
import org.factline.shared.MultiLine;
import org.factline.verdict.Verdict;
import org.springframework.validation.Errors;

/**
 * A verdict draft, its conclusion and reasons in English, Bahasa Indonesia or both (the verdict refuses one
 * written in neither); {@code correctionReason} is required (and only used) when correcting a published one.
 */
record VerdictForm(
        Long version,
        @NotNull(message = "{validation.choose}") Long ratingId,

        @Size(max = Verdict.SUMMARY_MAX, message = "{validation.size}")
        String summary,

        @Size(max = Verdict.SUMMARY_MAX, message = "{validation.size}")
        String summaryIndonesian,

        @Size(max = Verdict.RATIONALE_MAX, message = "{validation.size}") @MultiLine
        String rationale,

        @Size(max = Verdict.RATIONALE_MAX, message = "{validation.size}") @MultiLine
        String rationaleIndonesian,

        @Size(max = Verdict.CORRECTION_REASON_MAX, message = "{validation.size}") @MultiLine
        String correctionReason) {

    /** The inputs a merge of a draft's edits compares and the conflict page shows, in the form's order. */
    static final List<FormField> FIELDS = List.of(
            FormField.of("ratingId"),
            FormField.of("summary"),
            FormField.of("summaryIndonesian"),
            FormField.of("rationale"),
            FormField.of("rationaleIndonesian"));

    static VerdictForm of(Verdict verdict) {
        return startingFrom(verdict, verdict.getVersion());
    }

    static VerdictForm empty() {
        return new VerdictForm(0L, null, "", "", "", "", "");
    }

    /**
     * The form for a claim's next verdict: empty for its first, and for a correction the published
     * verdict's rating, conclusion and rationale to start from (the public reason left to write).
     */
    static VerdictForm next(DeskPages.ClaimWorkspace page) {
        var published = page.published();
        return published == null ? empty() : startingFrom(published, 0L);
    }

    private static VerdictForm startingFrom(Verdict verdict, long version) {
        return new VerdictForm(
                version,
                verdict.getRating().getId(),
                verdict.getSummary(),
                verdict.getSummaryIndonesian(),
                verdict.getRationale(),
                verdict.getRationaleIndonesian(),
                "");
    }

    /**
     * Puts a conclusion or reasons written in neither language beside its field with the form's other errors,
     * as the verdict itself refuses them.
     */
    void checkWritten(Errors errors) {
        if (summaries().isEmpty()) {
            errors.rejectValue("summary", "verdict.error.summaryRequired");
        }
        if (rationales().isEmpty()) {
            errors.rejectValue("rationale", "verdict.error.rationaleRequired");
        }
    }

    Bilingual summaries() {
        return new Bilingual(summary, summaryIndonesian);
    }

    Bilingual rationales() {
        return new Bilingual(rationale, rationaleIndonesian);
    }
}

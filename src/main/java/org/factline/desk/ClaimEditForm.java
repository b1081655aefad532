package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.factline.claim.Claim;
import org.factline.claim.ClaimEdit;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewSpeakerChoice;
import org.factline.claim.TopicNames;
import org.factline.shared.MultiLine;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.springframework.validation.Errors;

/**
 * An editor's revision of a claim; {@code version} is the version they opened, for conflict detection.
 * Topics are written one per line.
 */
record ClaimEditForm(
        @NotNull(message = "{validation.choose}") Long version,

        @NotBlank(message = "{validation.required}") @Size(max = Speaker.NAME_MAX, message = "{validation.size}")
        String speakerName,

        @NotBlank(message = "{validation.required}")
        @Size(max = Claim.TEXT_MAX, message = "{validation.size}")
        @MultiLine
        String claimText,

        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = Claim.TRANSLATION_MAX, message = "{validation.size}") @MultiLine
        String translation,

        @Pattern(regexp = "([a-z]{2,3})?", message = "{desk.error.language}")
        String translationLanguage,

        @Size(max = Claim.SUMMARY_MAX, message = "{validation.size}")
        String summary,

        @Size(max = Claim.SUMMARY_MAX, message = "{validation.size}")
        String summaryIndonesian,

        @Size(max = 10, message = "{validation.size}") String saidOn,

        @NotNull(message = "{validation.choose}") DatePrecision datePrecision,

        @Size(max = Claim.SAID_WHERE_MAX, message = "{validation.size}")
        String saidWhere,

        @Size(max = 500, message = "{validation.size}") @MultiLine
        String topics,

        // a speaker to create when the name matches no one (null: an existing speaker)
        SpeakerKind newSpeakerKind,

        @Size(max = Speaker.ROLE_MAX, message = "{validation.size}")
        String newSpeakerRole) {

    /** The inputs a merge compares and the conflict page shows, in the form's order. */
    static final List<FormField> FIELDS = List.of(
            FormField.of("speakerName"),
            FormField.of("claimText"),
            FormField.of("language"),
            FormField.of("saidOn"),
            FormField.of("datePrecision"),
            FormField.of("saidWhere"),
            FormField.of("translation"),
            FormField.of("translationLanguage"),
            FormField.of("summary"),
            FormField.of("summaryIndonesian"),
            FormField.list("topics"));

    /** Puts what is wrong with the date said beside its field. */
    void checkSaidOn(LocalDate today, Errors errors) {
        SaidOnText.check(saidOn, datePrecision, today, errors);
    }

    /** The speaker to create if the name matches no one, as the new-claim form asks for it. */
    NewSpeakerChoice newSpeaker() {
        return new NewSpeakerChoice(newSpeakerKind, newSpeakerRole);
    }

    ClaimEdit toEdit() {
        return new ClaimEdit(
                speakerName,
                claimText,
                language,
                translation,
                translation == null || translation.isBlank() ? null : translationLanguage,
                summary,
                summaryIndonesian,
                SaidOnText.date(saidOn, datePrecision),
                datePrecision,
                saidWhere,
                TopicNames.parse(topics));
    }
}

package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.factline.claim.Appearance;
import org.factline.claim.Attribution;
import org.factline.claim.Claim;
import org.factline.claim.ClaimRecording;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.QuoteKind;
import org.factline.claim.TopicNames;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Recording a claim from an article in one form: the quote as it appears, who said it (an existing
 * speaker by name or alias, or a new one), when, and how the article got it. With {@code
 * existingClaim} set, the quote is added as a further appearance of that claim instead. Topics are
 * written one per line.
 */
record ClaimForm(
        @Size(max = 300, message = "{validation.size}") String existingClaim,

        @NotBlank(message = "{validation.required}") @Size(max = Appearance.QUOTE_MAX, message = "{validation.size}")
        String quote,

        @NotNull(message = "{validation.choose}") QuoteKind quoteKind,
        @Size(max = 2000, message = "{validation.size}") String chain,
        Boolean storedTextDiffers,

        @Size(max = Appearance.MISMATCH_NOTE_MAX, message = "{validation.size}")
        String storedTextNote,

        @Size(max = Speaker.NAME_MAX, message = "{validation.size}")
        String speakerName,

        SpeakerKind newSpeakerKind,

        @Size(max = Speaker.ROLE_MAX, message = "{validation.size}")
        String newSpeakerRole,

        @Size(max = Claim.TEXT_MAX, message = "{validation.size}")
        String claimText,

        @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = Claim.TRANSLATION_MAX, message = "{validation.size}")
        String translation,

        @Pattern(regexp = "([a-z]{2,3})?", message = "{desk.error.language}")
        String translationLanguage,

        @Size(max = Claim.SUMMARY_MAX, message = "{validation.size}")
        String summary,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{validation.notFuture}")
        LocalDate saidOn,

        @NotNull(message = "{validation.choose}") DatePrecision datePrecision,

        @Size(max = Claim.SAID_WHERE_MAX, message = "{validation.size}")
        String saidWhere,

        @Size(max = 500, message = "{validation.size}") String topics) {

    static ClaimForm forArticle(String language) {
        return new ClaimForm(
                "",
                "",
                QuoteKind.DIRECT,
                "",
                false,
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

    /** Whether the editor ticked "the article's stored text differs" (a form posted without the box: no). */
    boolean confirmsTextDiffers() {
        return Boolean.TRUE.equals(storedTextDiffers);
    }

    /** The quote as it appears in the article. */
    NewAppearance toNewAppearance(long articleId, List<Attribution> chain) {
        return new NewAppearance(
                articleId, quote.trim(), null, null, quoteKind, chain, confirmsTextDiffers(), storedTextNote);
    }

    ClaimRecording toRecording(long userId) {
        return new ClaimRecording(
                speakerName,
                newSpeakerKind,
                newSpeakerRole,
                claimText,
                language,
                translation,
                translationLanguage,
                summary,
                saidOn,
                datePrecision,
                saidWhere,
                TopicNames.parse(topics),
                userId);
    }
}

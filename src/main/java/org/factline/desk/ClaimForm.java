package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.factline.claim.Appearance;
import org.factline.claim.Attribution;
import org.factline.claim.Claim;
import org.factline.claim.ClaimRecording;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.QuoteKind;
import org.factline.claim.TextQuoteSelector;
import org.factline.claim.TopicNames;
import org.factline.shared.MultiLine;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.springframework.validation.Errors;

/**
 * Recording a claim from an article in one form: the quote as it appears, who said it (an existing
 * speaker by name or alias, or a new one), when, and how the article got it. With {@code
 * existingClaim} set, the quote is added as a further appearance of that claim instead. Topics are
 * written one per line.
 */
record ClaimForm(
        @Size(max = 300, message = "{validation.size}") String existingClaim,

        @NotBlank(message = "{validation.required}")
        @Size(max = Appearance.QUOTE_MAX, message = "{validation.size}")
        @MultiLine
        String quote,

        @Size(max = Appearance.QUOTE_CONTEXT_MAX, message = "{validation.size}") @MultiLine
        String quotePrefix,

        @Size(max = Appearance.QUOTE_CONTEXT_MAX, message = "{validation.size}") @MultiLine
        String quoteSuffix,

        @NotNull(message = "{validation.choose}") QuoteKind quoteKind,

        @Size(max = 2000, message = "{validation.size}") @MultiLine
        String chain,

        Boolean storedTextDiffers,

        @Size(max = Appearance.MISMATCH_NOTE_MAX, message = "{validation.size}") @MultiLine
        String storedTextNote,

        @Size(max = Speaker.NAME_MAX, message = "{validation.size}")
        String speakerName,

        SpeakerKind newSpeakerKind,

        @Size(max = Speaker.ROLE_MAX, message = "{validation.size}")
        String newSpeakerRole,

        @Size(max = Claim.TEXT_MAX, message = "{validation.size}") @MultiLine
        String claimText,

        @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
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
        String topics) {

    static ClaimForm forArticle(String language) {
        return new ClaimForm(
                "",
                "",
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
                "",
                "",
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

    /**
     * The quote as it appears in the article: anchored by the words before and after it that the article's
     * text showed where the editor selected it (desk.js fills them), when the text holds them so; otherwise
     * (typed by hand, or changed since) the service finds the quote in the text itself.
     */
    NewAppearance toNewAppearance(long articleId, String body, List<Attribution> chain) {
        var exact = quote.trim();
        var selected = new TextQuoteSelector(blankToNull(quotePrefix), exact, blankToNull(quoteSuffix));
        boolean anchored = body != null
                && (selected.prefix() != null || selected.suffix() != null)
                && body.contains(
                        Objects.toString(selected.prefix(), "") + exact + Objects.toString(selected.suffix(), ""));
        return new NewAppearance(
                articleId,
                exact,
                anchored ? Objects.toString(selected.prefix(), "") : null,
                anchored ? Objects.toString(selected.suffix(), "") : null,
                quoteKind,
                chain,
                confirmsTextDiffers(),
                storedTextNote);
    }

    /** Puts what is wrong with the date said beside its field. */
    void checkSaidOn(LocalDate today, Errors errors) {
        SaidOnText.check(saidOn, datePrecision, today, errors);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
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
                summaryIndonesian,
                SaidOnText.date(saidOn, datePrecision),
                datePrecision,
                saidWhere,
                TopicNames.parse(topics),
                userId);
    }
}

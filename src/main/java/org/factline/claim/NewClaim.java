package org.factline.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * What is needed to record a claim; {@code ratingScaleId} null means the default scale, {@code
 * createdBy} null a claim recorded by the system (demo data, import).
 */
public record NewClaim(
        long speakerId,
        String text,
        String language,
        String translation,
        String translationLanguage,
        String summary,
        String summaryIndonesian,
        LocalDate saidOn,
        DatePrecision datePrecision,
        String saidWhere,
        List<String> topics,
        Long ratingScaleId,
        Long createdBy)
        implements ClaimWording {

    /** A claim whose headline is written in English only, so far. */
    public NewClaim(
            long speakerId,
            String text,
            String language,
            String translation,
            String translationLanguage,
            String summary,
            LocalDate saidOn,
            DatePrecision datePrecision,
            String saidWhere,
            List<String> topics,
            Long ratingScaleId,
            Long createdBy) {
        this(
                speakerId,
                text,
                language,
                translation,
                translationLanguage,
                summary,
                null,
                saidOn,
                datePrecision,
                saidWhere,
                topics,
                ratingScaleId,
                createdBy);
    }

    /** A claim recorded by the system (demo data, import) rather than by a signed-in person. */
    public NewClaim(
            long speakerId,
            String text,
            String language,
            String translation,
            String translationLanguage,
            String summary,
            LocalDate saidOn,
            DatePrecision datePrecision,
            String saidWhere,
            List<String> topics,
            Long ratingScaleId) {
        this(
                speakerId,
                text,
                language,
                translation,
                translationLanguage,
                summary,
                saidOn,
                datePrecision,
                saidWhere,
                topics,
                ratingScaleId,
                (Long) null);
    }
}

package org.factline.claim;

import java.time.LocalDate;
import java.util.List;

/** An editor's new text for a claim; topics are names, created when new. */
public record ClaimRevision(
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
        List<String> topics)
        implements ClaimWording {}

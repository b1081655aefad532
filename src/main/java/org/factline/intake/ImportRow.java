package org.factline.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factline.claim.Attribution;

/**
 * One checked row of an import: a claim and one of its appearances. The "as reported by" chain is
 * held as in the database, position 0 first (whom the article cites).
 */
record ImportRow(
        long line,
        String claimText,
        String language,
        String translation,
        String translationLanguage,
        String summary,
        String summaryIndonesian,
        String speaker,
        String speakerRole,
        LocalDate saidOn,
        String datePrecision,
        String saidWhere,
        List<String> topics,
        String articleUrl,
        String normalizedUrl,
        String articleTitle,
        String articleOutlet,
        String articleLanguage,
        Instant articlePublishedAt,
        String quote,
        String quotePrefix,
        String quoteSuffix,
        String quoteKind,
        List<Attribution> attribution) {

    /** Speakers are matched by name (or alias) regardless of case. */
    String speakerKey() {
        return speaker.toLowerCase(java.util.Locale.ROOT);
    }

    /** A claim is the same statement by the same speaker on the same date. */
    String claimKey() {
        return speakerKey() + "\u0000" + claimText + "\u0000" + saidOn + "\u0000" + datePrecision;
    }

    /** Re-importing never duplicates: an appearance is its article, its speaker and its quote. */
    String appearanceKey() {
        return normalizedUrl + "\u0000" + speakerKey() + "\u0000" + quote;
    }
}

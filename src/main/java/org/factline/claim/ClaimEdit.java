package org.factline.claim;

import java.time.LocalDate;
import java.util.List;

/** An editor's revision of a claim as typed on the desk: the speaker by name or alias. */
public record ClaimEdit(
        String speakerName,
        String text,
        String language,
        String translation,
        String translationLanguage,
        String summary,
        String summaryIndonesian,
        LocalDate saidOn,
        DatePrecision datePrecision,
        String saidWhere,
        List<String> topics) {

    ClaimRevision toRevision(long speakerId) {
        return new ClaimRevision(
                speakerId,
                text,
                language,
                translation,
                translationLanguage,
                summary,
                summaryIndonesian,
                saidOn,
                datePrecision,
                saidWhere,
                topics);
    }
}

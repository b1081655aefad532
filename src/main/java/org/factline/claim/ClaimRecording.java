package org.factline.claim;

import java.time.LocalDate;
import java.util.List;
import org.factline.speaker.SpeakerKind;

/**
 * A claim recorded from an article on the desk: the speaker is named (a name or alias of a known
 * speaker, or a new speaker when {@code newSpeakerKind} is given), and a blank text means the claim is
 * worded as its first quote.
 */
public record ClaimRecording(
        String speakerName,
        SpeakerKind newSpeakerKind,
        String newSpeakerRole,
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
        long createdBy)
        implements ClaimWording {}

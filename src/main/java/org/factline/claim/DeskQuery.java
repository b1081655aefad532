package org.factline.claim;

import java.time.LocalDate;

/**
 * Filters of the editor's desk; null means "any". {@code sort} is one of said, updated, speaker,
 * status (newest first unless {@code ascending}).
 */
public record DeskQuery(
        ClaimStatus status,
        Long speakerId,
        String topicSlug,
        LocalDate from,
        LocalDate to,
        Long createdBy,
        String sort,
        boolean ascending) {}

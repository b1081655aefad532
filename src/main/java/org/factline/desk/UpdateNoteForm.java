package org.factline.desk;

import jakarta.validation.constraints.Size;
import org.factline.claim.ClaimUpdate;
import org.factline.shared.MultiLine;

/**
 * What readers are told of an update of a published claim: its public note, or that it is a minor fix
 * (no note); {@code updateId} names the open draft being saved, none for a new one.
 */
record UpdateNoteForm(
        Long updateId,

        @Size(max = ClaimUpdate.PUBLIC_NOTE_MAX, message = "{validation.size}") @MultiLine
        String publicNote,

        Boolean minor) {

    static UpdateNoteForm of(ClaimUpdate update) {
        return update == null
                ? new UpdateNoteForm(null, "", false)
                : new UpdateNoteForm(update.getId(), update.getPublicNote(), update.isMinor());
    }

    boolean isMinor() {
        return Boolean.TRUE.equals(minor);
    }
}

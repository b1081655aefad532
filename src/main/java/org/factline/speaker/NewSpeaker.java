package org.factline.speaker;

import java.time.LocalDate;
import java.util.List;

/** What is needed to record a speaker. */
public record NewSpeaker(
        SpeakerKind kind,
        String name,
        String description,
        String role,
        String wikidataId,
        List<String> aliases,
        List<HeldRole> roles) {

    /** A role held from one date to another (either may be unknown), at an organisation if named. */
    public record HeldRole(String title, String organisation, LocalDate startedOn, LocalDate endedOn) {

        public HeldRole(String title, LocalDate startedOn, LocalDate endedOn) {
            this(title, null, startedOn, endedOn);
        }
    }
}

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

    public record HeldRole(String title, LocalDate startedOn, LocalDate endedOn) {}
}

package org.factline.speaker;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.factline.speaker.NewSpeaker.HeldRole;

/**
 * What the desk edits of a speaker: their kind, name, aliases in any script, description, current role,
 * Wikidata item and the roles they held over time. {@link #cleaned()} trims it as it is stored.
 */
public record SpeakerEdit(
        SpeakerKind kind,
        String name,
        List<String> aliases,
        String description,
        String role,
        String wikidataId,
        List<HeldRole> roles) {

    public SpeakerEdit {
        aliases = aliases == null ? List.of() : aliases;
        roles = roles == null ? List.of() : roles;
    }

    /**
     * Trimmed, empty text as none; aliases once each and not the name itself; roles with nothing typed in
     * them left out. Roles keep their position among the rows typed, so a refusal names the row.
     */
    SpeakerEdit cleaned() {
        var trimmedName = text(name);
        var seen = new LinkedHashSet<String>();
        var kept = new ArrayList<String>();
        for (var alias : aliases) {
            var trimmed = text(alias);
            if (trimmed != null
                    && (trimmedName == null || !trimmed.equalsIgnoreCase(trimmedName))
                    && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                kept.add(trimmed);
            }
        }
        var held = roles.stream()
                .map(row -> row == null
                        ? null
                        : new HeldRole(text(row.title()), text(row.organisation()), row.startedOn(), row.endedOn()))
                .toList();
        return new SpeakerEdit(
                kind,
                trimmedName,
                List.copyOf(kept),
                text(description),
                text(role),
                wikidataId == null ? null : text(wikidataId.toUpperCase(Locale.ROOT)),
                held);
    }

    static boolean empty(HeldRole row) {
        return row == null
                || (row.title() == null
                        && row.organisation() == null
                        && row.startedOn() == null
                        && row.endedOn() == null);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

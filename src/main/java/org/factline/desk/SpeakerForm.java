package org.factline.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.factline.shared.MultiLine;
import org.factline.speaker.NewSpeaker.HeldRole;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerEdit;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerRole;
import org.springframework.validation.BindingResult;

/**
 * The desk's edit of a speaker: aliases one per line (any script), roles as rows of title, organisation
 * and dates; {@code version} is the version the editor opened.
 */
record SpeakerForm(
        @NotNull(message = "{validation.required}") Long version,
        @NotNull(message = "{validation.choose}") SpeakerKind kind,

        @NotBlank(message = "{validation.required}") @Size(max = Speaker.NAME_MAX, message = "{validation.size}")
        String name,

        @Size(max = 4000, message = "{validation.size}") @MultiLine
        String aliases,

        @Size(max = Speaker.DESCRIPTION_MAX, message = "{validation.size}") @MultiLine
        String description,

        @Size(max = Speaker.ROLE_MAX, message = "{validation.size}")
        String role,

        @Pattern(regexp = "\\s*([Qq][1-9][0-9]{0,18})?\\s*", message = "{speaker.error.wikidata}")
        String wikidataId,

        @Valid List<RoleRow> roles) {

    /** Empty rows offered below the speaker's roles, for adding some. */
    static final int SPARE_ROWS = 2;

    /**
     * One role as typed. Its dates stay text until read ({@link #date}), so that a mistyped date is
     * refused beside its field with the rest of the form kept.
     */
    record RoleRow(
            @Size(max = Speaker.ROLE_MAX, message = "{validation.size}")
            String title,

            @Size(max = Speaker.ORGANISATION_MAX, message = "{validation.size}")
            String organisation,

            @Size(max = 10, message = "{speaker.error.date}")
            String startedOn,

            @Size(max = 10, message = "{speaker.error.date}")
            String endedOn) {

        static RoleRow empty() {
            return new RoleRow("", "", "", "");
        }

        static RoleRow of(SpeakerRole held) {
            return new RoleRow(
                    held.getTitle(), held.getOrganisation(), text(held.getStartedOn()), text(held.getEndedOn()));
        }

        private static String text(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        /** The date typed (yyyy-mm-dd, as date inputs send it); empty when it is not a date. */
        static Optional<LocalDate> date(String typed) {
            try {
                return Optional.of(LocalDate.parse(typed.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        static boolean given(String typed) {
            return typed != null && !typed.isBlank();
        }
    }

    /** Rejects each date that is not one, beside its field. */
    void checkDates(BindingResult result) {
        for (int i = 0; i < roles.size(); i++) {
            var row = roles.get(i);
            if (row == null) {
                continue;
            }
            if (RoleRow.given(row.startedOn()) && RoleRow.date(row.startedOn()).isEmpty()) {
                result.rejectValue("roles[" + i + "].startedOn", "speaker.error.date");
            }
            if (RoleRow.given(row.endedOn()) && RoleRow.date(row.endedOn()).isEmpty()) {
                result.rejectValue("roles[" + i + "].endedOn", "speaker.error.date");
            }
        }
    }

    SpeakerForm {
        roles = roles == null ? List.of() : roles;
    }

    static SpeakerForm of(Speaker speaker) {
        var rows = new ArrayList<RoleRow>();
        speaker.getRoles().forEach(held -> rows.add(RoleRow.of(held)));
        return new SpeakerForm(
                        speaker.getVersion(),
                        speaker.getKind(),
                        speaker.getName(),
                        String.join("\n", speaker.getAliases()),
                        speaker.getDescription(),
                        speaker.getRole(),
                        speaker.getWikidataId(),
                        rows)
                .withSpareRows();
    }

    /** The same form with empty rows for new roles after the ones typed. */
    SpeakerForm withSpareRows() {
        var rows = new ArrayList<>(roles);
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(RoleRow.empty());
        }
        return new SpeakerForm(version, kind, name, aliases, description, role, wikidataId, rows);
    }

    SpeakerEdit toEdit() {
        return new SpeakerEdit(
                kind,
                name,
                aliases == null ? List.of() : Arrays.asList(aliases.split("\\R")),
                description,
                role,
                wikidataId,
                roles.stream()
                        .map(row -> row == null
                                ? null
                                : new HeldRole(
                                        row.title(), row.organisation(), day(row.startedOn()), day(row.endedOn())))
                        .toList());
    }

    private static LocalDate day(String typed) {
        return RoleRow.given(typed) ? RoleRow.date(typed).orElse(null) : null;
    }
}

package org.factline.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factline.shared.Change;
import org.factline.shared.WordDiff;
import org.factline.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's history in words, newest first: when (in the newsroom's time zone, with the zone's name), who
 * (their name), what they did (created, edited, assigned, submitted, published, sent back, removed …) and each field
 * they changed, labelled and put into words by {@link RecordWording}, long text with its paragraphs and
 * the words that changed.
 */
@Service
@Transactional(readOnly = true)
class ClaimHistory {

    /** What a change did, read from the record's kind of change and the status it moved to. */
    enum Action {
        CREATED,
        CORRECTION_DRAFTED,
        EDITED,
        ASSIGNED,
        SUBMITTED,
        SENT_BACK,
        PUBLISHED,
        REPUBLISHED,
        UNPUBLISHED,
        SUPERSEDED,
        REMOVED
    }

    /** One change as the history page shows it. */
    record Entry(Instant at, String when, String iso, String who, Action action, String done, List<Line> lines) {

        /** Whether the change edited a record, so that its fields read old → new rather than as one value. */
        public boolean isEdit() {
            return action != Action.CREATED && action != Action.CORRECTION_DRAFTED && action != Action.REMOVED;
        }
    }

    /** One changed field: its label, its old and new value in words, and the changed words of long text. */
    record Line(String field, String label, RecordWording.Words before, RecordWording.Words after, WordDiff diff) {}

    private static final String STATUS = "status";

    private final DeskPages pages;
    private final RecordWording wording;
    private final Dates dates;
    private final MessageSource messages;

    ClaimHistory(DeskPages pages, RecordWording wording, Dates dates, MessageSource messages) {
        this.pages = pages;
        this.wording = wording;
        this.dates = dates;
        this.messages = messages;
    }

    List<Entry> of(long claimId, Locale locale) {
        return of(pages.history(claimId), locale);
    }

    /** Any record's changes in words, as the claim's are (a speaker's on the speaker's desk page). */
    List<Entry> of(List<Change> changes, Locale locale) {
        return changes.stream().map(change -> entry(change, locale)).toList();
    }

    private Entry entry(Change change, Locale locale) {
        var action = action(change);
        var record = change.record();
        var lines = new ArrayList<Line>();
        for (var field : change.fields()) {
            if (!wording.shown(record, field.field())) {
                continue;
            }
            var before = wording.value(record, field.field(), field.before(), locale);
            var after = wording.value(record, field.field(), field.after(), locale);
            boolean edit = change.kind() == Change.Kind.CHANGED;
            if (!edit && (change.kind() == Change.Kind.CREATED ? after : before).empty()) {
                continue;
            }
            lines.add(new Line(
                    field.field(),
                    wording.label(record, field.field(), locale),
                    before,
                    after,
                    edit ? wording.diff(record, field.field(), field.before(), field.after()) : null));
        }
        var who = change.who() != null ? change.who() : messages.getMessage("desk.history.system", null, locale);
        var done = messages.getMessage(
                "desk.history.action." + action, new Object[] {wording.record(record, locale)}, locale);
        return new Entry(
                change.at(),
                dates.dayTimeZone(change.at(), locale),
                dates.iso(change.at()),
                who,
                action,
                done,
                List.copyOf(lines));
    }

    /** Created, removed, or, for an edit, what its move of the status means (submitted, published …). */
    static Action action(Change change) {
        switch (change.kind()) {
            case CREATED -> {
                return "verdict".equals(change.record()) && has(change, "correctionReason")
                        ? Action.CORRECTION_DRAFTED
                        : Action.CREATED;
            }
            case DELETED -> {
                return Action.REMOVED;
            }
            default -> {
                var status = change.fields().stream()
                        .filter(field -> field.field().equals(STATUS))
                        .findFirst();
                if (status.isEmpty()) {
                    return "claim".equals(change.record())
                                    && change.fields().stream()
                                            .allMatch(f -> f.field().equals("assignedTo"))
                            ? Action.ASSIGNED
                            : Action.EDITED;
                }
                var before = name(status.get().before());
                return switch (name(status.get().after())) {
                    case "IN_REVIEW" -> Action.SUBMITTED;
                    case "PUBLISHED" -> "ARCHIVED".equals(before) ? Action.REPUBLISHED : Action.PUBLISHED;
                    case "ARCHIVED" -> Action.UNPUBLISHED;
                    case "SUPERSEDED" -> Action.SUPERSEDED;
                    case "DRAFT" -> "IN_REVIEW".equals(before) ? Action.SENT_BACK : Action.EDITED;
                    default -> Action.EDITED;
                };
            }
        }
    }

    private static boolean has(Change change, String field) {
        return change.fields().stream()
                .anyMatch(f -> f.field().equals(field)
                        && f.after() != null
                        && !f.after().toString().isBlank());
    }

    private static String name(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }
}

package org.factline.claim;

import java.util.ArrayList;
import java.util.List;
import org.factline.shared.WordDiff;

/**
 * What an update would change in a published claim, field by field, old → new word by word, for the
 * editor who reviews it; fields it leaves as they are are named as unchanged.
 *
 * @param fields every field readers see, in the order of the claim's form
 */
public record UpdateChanges(List<Field> fields, List<ProposedAppearance> addedAppearances) {

    /** One field: its form label's message key and the words before and after. */
    public record Field(String label, WordDiff diff) {

        public boolean isChanged() {
            return diff.changed();
        }
    }

    static UpdateChanges between(Claim claim, ClaimUpdate update) {
        var fields = new ArrayList<Field>();
        add(
                fields,
                "desk.field.speaker",
                claim.getSpeaker().getName(),
                update.getSpeaker().getName());
        add(fields, "desk.field.claimText", claim.getText(), update.getText());
        add(fields, "desk.field.language", claim.getLanguage(), update.getLanguage());
        add(fields, "desk.field.translation", claim.getTranslation(), update.getTranslation());
        add(fields, "desk.field.summary", claim.getSummary(), update.getSummary());
        add(fields, "desk.field.summaryIndonesian", claim.getSummaryIndonesian(), update.getSummaryIndonesian());
        add(fields, "desk.field.saidOn", claim.getSaid().iso(), update.getSaid().iso());
        add(fields, "desk.field.saidWhere", claim.getSaidWhere(), update.getSaidWhere());
        add(
                fields,
                "desk.field.topics",
                TopicNames.format(
                        claim.getTopicList().stream().map(Topic::getName).toList()),
                TopicNames.format(update.getTopicNames()));
        return new UpdateChanges(List.copyOf(fields), update.getAppearances());
    }

    private static void add(List<Field> fields, String label, String before, String after) {
        fields.add(new Field(label, WordDiff.between(before == null ? "" : before, after == null ? "" : after)));
    }

    /** Whether the update leaves every field as it is and adds nothing (its note, then, is the whole change). */
    public boolean isNone() {
        return fields.stream().noneMatch(Field::isChanged) && addedAppearances.isEmpty();
    }

    /** Whether the claim's own words, speaker, date or topics change. */
    public boolean isFieldsChanged() {
        return fields.stream().anyMatch(Field::isChanged);
    }
}

package org.factline.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field-by-field three-way merge of named values: what an editor started from (the base), what someone
 * else saved meanwhile (theirs) and what the editor typed (mine). A field only they changed keeps theirs,
 * one only I changed takes mine, one both changed alike is settled, and one both changed differently is
 * a conflict the editor must choose. Without a base (the record's starting point is unknown), every field
 * where theirs and mine differ is a conflict, so nothing is ever written back unseen.
 *
 * <p>Values are compared as given: callers normalise them first (line ends, surrounding blanks).
 */
public record ThreeWayMerge(List<Field> fields) {

    public enum Outcome {
        /** Nobody changed it. */
        UNCHANGED,
        /** Only they changed it: theirs is kept. */
        THEIRS,
        /** Only I changed it: mine is taken. */
        MINE,
        /** Both changed it to the same value. */
        BOTH_ALIKE,
        /** Both changed it to different values: a choice. */
        CONFLICT
    }

    /** One named value on the three sides; {@code base} is null when the starting point is unknown. */
    public record Field(String name, String base, String theirs, String mine, Outcome outcome) {

        /** The merged value; for a conflict the saved one (theirs), which is never written over unasked. */
        public String merged() {
            return outcome == Outcome.MINE ? mine : theirs;
        }
    }

    public ThreeWayMerge {
        fields = List.copyOf(fields);
    }

    /**
     * Merges the values named in {@code mine}, in its order; {@code base} may be null (unknown). A name
     * missing from {@code base} or {@code theirs} counts as an empty value.
     */
    public static ThreeWayMerge of(Map<String, String> base, Map<String, String> theirs, Map<String, String> mine) {
        var fields = new ArrayList<Field>();
        for (var entry : mine.entrySet()) {
            var name = entry.getKey();
            var my = orEmpty(entry.getValue());
            var their = orEmpty(theirs.get(name));
            var from = base == null ? null : orEmpty(base.get(name));
            fields.add(new Field(name, from, their, my, outcome(from, their, my)));
        }
        return new ThreeWayMerge(fields);
    }

    private static Outcome outcome(String base, String theirs, String mine) {
        if (theirs.equals(mine)) {
            return base == null || base.equals(mine) ? Outcome.UNCHANGED : Outcome.BOTH_ALIKE;
        }
        if (base == null) {
            return Outcome.CONFLICT;
        }
        if (base.equals(theirs)) {
            return Outcome.MINE;
        }
        return base.equals(mine) ? Outcome.THEIRS : Outcome.CONFLICT;
    }

    public boolean hasConflicts() {
        return fields.stream().anyMatch(field -> field.outcome() == Outcome.CONFLICT);
    }

    /** The fields with this outcome, in order. */
    public List<Field> with(Outcome outcome) {
        return fields.stream().filter(field -> field.outcome() == outcome).toList();
    }

    /** Every field's merged value, by name, in order. */
    public Map<String, String> merged() {
        var values = new LinkedHashMap<String, String>();
        fields.forEach(field -> values.put(field.name(), field.merged()));
        return values;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

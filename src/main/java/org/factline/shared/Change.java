package org.factline.shared;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change to one record: what it was ("claim", "source" …), who changed it and when, and
 * each field that changed with its old and new value. Values are kept as they are typed (a {@code String},
 * an enum constant, a {@code LocalDate}, an {@code Instant}, a list of values, or what the owning module
 * describes a related record as), never turned into text here: the desk puts them into words, in the
 * reader's language and the newsroom's time zone.
 */
public record Change(Instant at, String who, String record, long recordId, Kind kind, List<FieldChange> fields) {

    public enum Kind {
        CREATED,
        CHANGED,
        DELETED
    }

    public record FieldChange(String field, Object before, Object after) {}
}

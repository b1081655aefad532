package org.factline.shared;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change to one record: what it was ("claim", "source" …), who changed it and when, and
 * each field that changed with its old and new value.
 */
public record Change(Instant at, String who, String record, long recordId, Kind kind, List<FieldChange> fields) {

    public enum Kind {
        CREATED,
        CHANGED,
        DELETED
    }

    public record FieldChange(String field, String before, String after) {}
}

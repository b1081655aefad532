package org.factline.shared;

/** Someone saved the record after the editor opened it: their change must not be overwritten silently. */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;

    public EditConflictException(String record, long currentVersion) {
        super(record + " was changed by someone else (now at version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}

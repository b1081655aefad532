package org.factline.intake;

import java.util.Locale;

/** How a file with bad rows is imported: not at all until it is corrected, or its valid rows only. */
public enum Mode {
    /** Every row is written, or none: one bad row refuses the file. */
    ALL,
    /** The valid rows are written; the rejected ones can be downloaded as a CSV with the reason. */
    VALID;

    /** The mode a form names ({@code all} or {@code valid}); all or nothing for anything else. */
    static Mode of(String value) {
        return "valid".equalsIgnoreCase(value) ? VALID : ALL;
    }

    /** As a form names it. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}

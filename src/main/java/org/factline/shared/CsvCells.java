package org.factline.shared;

/**
 * Keeps spreadsheet programs from running a cell as a formula (OWASP "CSV Injection"): a text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, TAB, CR or LF gets a leading {@code '}.
 * Numeric, date and boolean columns are written by us and never pass through here. The CSV import
 * takes such an apostrophe off again.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return isDangerous(value.charAt(0)) ? "'" + value : value;
    }

    public static boolean isDangerous(char first) {
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\n';
    }
}

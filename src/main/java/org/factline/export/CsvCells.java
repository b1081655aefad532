package org.factline.export;

/**
 * Keeps spreadsheet programs from running a cell as a formula (OWASP "CSV Injection"): a text cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, TAB, CR or LF gets a leading {@code '}.
 * Numeric, date and boolean columns are written by us and never pass through here.
 */
final class CsvCells {

    private CsvCells() {}

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return isDangerous(value.charAt(0)) ? "'" + value : value;
    }

    static boolean isDangerous(char first) {
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || first == '\n';
    }
}

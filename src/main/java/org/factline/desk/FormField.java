package org.factline.desk;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One input of a desk edit form as the merge compares it and the conflict page shows it: its parameter
 * name, the message key of its label on the form, and how its value reads in words.
 */
record FormField(String name, String label, Reading reading, String codes) {

    enum Reading {
        /** As typed, on one line. */
        TEXT,
        /** As typed, its paragraphs and lines kept. */
        PARAGRAPHS,
        /** One entry per line, order not mattering (topics). */
        LINES,
        /** An ISO date, shown as "18 July 2022" in the desk's language. */
        DATE,
        /** A code whose words are the message {@code codes + value} (an enum, a language). */
        CODE,
        /** One of the form's options (a rating), whose words the page is given. */
        OPTION
    }

    static FormField text(String name, String label) {
        return new FormField(name, label, Reading.TEXT, null);
    }

    static FormField paragraphs(String name, String label) {
        return new FormField(name, label, Reading.PARAGRAPHS, null);
    }

    static FormField lines(String name, String label) {
        return new FormField(name, label, Reading.LINES, null);
    }

    static FormField date(String name, String label) {
        return new FormField(name, label, Reading.DATE, null);
    }

    static FormField code(String name, String label, String codes) {
        return new FormField(name, label, Reading.CODE, codes);
    }

    static FormField option(String name, String label) {
        return new FormField(name, label, Reading.OPTION, null);
    }

    /**
     * The value as the merge compares it: line ends and surrounding blanks do not count (browsers post
     * CRLF, the services trim), nor does the order of lines where it means nothing.
     */
    String normalize(Object value) {
        var text = value == null
                ? ""
                : value.toString().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (reading == Reading.LINES) {
            return Arrays.stream(text.split("\n"))
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .sorted()
                    .collect(Collectors.joining("\n"));
        }
        return text;
    }

    /** Whether the page keeps the value's line breaks. */
    boolean multiline() {
        return reading == Reading.PARAGRAPHS || reading == Reading.LINES;
    }
}

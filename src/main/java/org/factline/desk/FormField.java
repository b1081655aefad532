package org.factline.desk;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One input of a desk edit form as a merge compares it: its parameter name, and whether it is a list
 * whose order means nothing (topics, one per line). How it is labelled and how its value reads is
 * {@link RecordWording}'s, as everywhere on the desk.
 */
record FormField(String name, boolean list) {

    static FormField of(String name) {
        return new FormField(name, false);
    }

    static FormField list(String name) {
        return new FormField(name, true);
    }

    /**
     * The value as the merge compares it: line ends and surrounding blanks do not count (browsers post
     * CRLF, the services trim), nor does the order of a list.
     */
    String normalize(Object value) {
        var text = value == null
                ? ""
                : value.toString().replace("\r\n", "\n").replace('\r', '\n').strip();
        if (!list) {
            return text;
        }
        return Arrays.stream(text.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .sorted()
                .collect(Collectors.joining("\n"));
    }
}

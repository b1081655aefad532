package org.factline.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Topics as people type them, on the desk (one per line) and in an imported CSV (separated by {@value
 * #SEPARATOR}). A comma is never a separator: "North Korea, Russia and Donbas" is one topic.
 */
public final class TopicNames {

    /** What separates topics written on one line, as in the import's {@code topics} column. */
    public static final String SEPARATOR = ";";

    private static final Pattern SEPARATORS = Pattern.compile("\\R|" + SEPARATOR);

    private TopicNames() {}

    /** The topic names, trimmed, without blanks or repeats (each at most {@link Topic#NAME_MAX} long). */
    public static List<String> parse(String text) {
        var names = new LinkedHashSet<String>();
        if (text != null) {
            for (var part : SEPARATORS.split(text)) {
                var name = part.strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** Whether a topic's name is too long to be stored. */
    public static boolean tooLong(String name) {
        return name.strip().codePointCount(0, name.strip().length()) > Topic.NAME_MAX;
    }

    /** The names as the desk's form shows them, one per line, so that saving it unchanged keeps them. */
    public static String format(List<String> names) {
        return String.join("\n", names);
    }
}

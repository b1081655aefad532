package org.factline.claim;

/**
 * What the desk edits of a topic, as typed: its name and description in English and in Bahasa Indonesia.
 * A new English name is a rename: the topic's address follows it, and the old one leads to the new.
 */
public record TopicEdit(String name, String nameIndonesian, String description, String descriptionIndonesian) {

    /** Trimmed, with blanks as {@code null}. */
    TopicEdit cleaned() {
        return new TopicEdit(text(name), text(nameIndonesian), text(description), text(descriptionIndonesian));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

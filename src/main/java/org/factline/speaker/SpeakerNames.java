package org.factline.speaker;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names compared as an editor means them: without case or accents (NFD, marks dropped), word by word, in
 * any script. Done here rather than with PostgreSQL's unaccent, which not every server offers.
 */
final class SpeakerNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SpeakerNames() {}

    /** The words of a name, folded. */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        var folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_LETTER.split(folded))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Whether the speaker's name or one alias holds a word starting with each word typed. */
    static boolean matches(Speaker speaker, List<String> typed) {
        if (holds(words(speaker.getName()), typed)) {
            return true;
        }
        return speaker.getAliases().stream().anyMatch(alias -> holds(words(alias), typed));
    }

    private static boolean holds(List<String> name, List<String> typed) {
        return typed.stream().allMatch(word -> name.stream().anyMatch(part -> part.startsWith(word)));
    }
}

package org.factline.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Readable URL slugs from names and summaries in Latin, Cyrillic or Indonesian text. */
public final class Slugs {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            Map.entry('і', "i"),
            Map.entry('ї', "yi"),
            Map.entry('є', "ye"));

    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    /** Returns a slug of lower-case ASCII letters and digits joined by hyphens; "item" if nothing is left. */
    public static String of(String text) {
        if (text == null) {
            return "item";
        }
        var lower = text.toLowerCase(Locale.ROOT);
        var transliterated = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            var latin = CYRILLIC.get(c);
            transliterated.append(latin != null ? latin : String.valueOf(c));
        }
        var ascii = Normalizer.normalize(transliterated, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        var slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            if (lastHyphen > MAX_LENGTH / 2) {
                slug = slug.substring(0, lastHyphen);
            }
            slug = slug.replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}

package org.factline.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where each language version of a reader's page lives: English at the bare path ({@code /claims/12-…}),
 * which is also the {@code x-default}, Indonesian under {@code /id} ({@code /id/claims/12-…}, the home page
 * at {@code /id/}). The desk, static files, exports, the sitemap and robots.txt are one address for all
 * languages.
 */
public final class LanguageAddresses {

    /** The language of the bare paths, and of a reader nothing else is known of. */
    public static final String DEFAULT = "en";

    /** Every language a reader's page is written in, the default first. */
    public static final List<String> LANGUAGES = List.of(DEFAULT, "id");

    /** The first path segments that are the same address in every language. */
    private static final Set<String> NEUTRAL = Set.of(
            "desk", "admin", "account", "login", "logout", "css", "js", "webjars", "export", "actuator", "error");

    private LanguageAddresses() {}

    /**
     * The address of a reader's page in a language: {@code path} (language-free, starting with {@code /},
     * possibly with a query) as it is for English (or a language Factline does not write in), under
     * {@code /id} for Indonesian.
     */
    public static String of(String language, String path) {
        if (language == null || DEFAULT.equals(language) || !LANGUAGES.contains(language)) {
            return path;
        }
        return "/" + language + path;
    }

    /** The prefix this language's paths carry: {@code ""} for English, {@code "/id"} for Indonesian. */
    public static String prefix(String language) {
        return of(language, "/").replaceAll("/$", "");
    }

    /** The language a supported language tag names ({@code id}, {@code id-ID}, {@code EN}), or null. */
    public static String supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        var language = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        // "in" is the old ISO 639 code of Indonesian, still sent by some systems
        if (language.equals("in")) {
            language = "id";
        }
        return LANGUAGES.contains(language) ? language : null;
    }

    /**
     * Whether a language-free path is a reader's page, with an address per language: everything but the
     * desk, administration, sign-in, static files (a last segment with a file extension, feeds excepted),
     * exports, the sitemap and robots.txt.
     */
    public static boolean perLanguage(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        int end = path.indexOf('/', 1);
        var first = end < 0 ? path.substring(1) : path.substring(1, end);
        if (NEUTRAL.contains(first)) {
            return false;
        }
        var last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") || last.endsWith(".atom");
    }
}

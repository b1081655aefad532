package org.factline.shared;

import com.ibm.icu.text.SpoofChecker;
import java.net.IDN;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text that reads differently from what it holds, shown to editors as a warning rather than refused (a
 * newsroom quotes Arabic, Hebrew and Cyrillic sources): bidirectional controls (U+202A–U+202E,
 * U+2066–U+2069), which reorder what follows them; the line and paragraph separators U+2028 and U+2029, which
 * break a line where no line break shows in the form; and web addresses whose host looks like another
 * (Unicode UTS #39 through ICU4J's {@link SpoofChecker}): a label mixing scripts ({@code раypal}, Cyrillic
 * "ра"), or written in another script yet confusable with Latin letters ({@code аррӏе}, all Cyrillic).
 */
public final class DeceptiveText {

    public enum Kind {
        /** A bidirectional control; the detail is the character, as {@code U+202E}. */
        DIRECTION,
        /** U+2028 or U+2029; the detail is the character. */
        LINE_SEPARATOR,
        /** A host that looks like another; the detail is the host as it reads. */
        LOOK_ALIKE_HOST
    }

    /** What was found, with its detail for the warning. */
    public record Finding(Kind kind, String detail) {

        public String messageKey() {
            return "desk.warning."
                    + switch (kind) {
                        case DIRECTION -> "direction";
                        case LINE_SEPARATOR -> "lineSeparator";
                        case LOOK_ALIKE_HOST -> "lookAlikeHost";
                    };
        }
    }

    /** Safe to share once built (ICU: a built SpoofChecker is thread-safe). */
    private static final SpoofChecker CHECKER = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.MIXED_NUMBERS)
            .build();

    private DeceptiveText() {}

    /** The bidirectional controls and line separators in a text, each character once. */
    public static List<Finding> inText(String text) {
        var found = new ArrayList<Finding>();
        if (text == null) {
            return found;
        }
        text.chars().distinct().forEach(c -> {
            if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                found.add(new Finding(Kind.DIRECTION, "U+%04X".formatted(c)));
            } else if (c == 0x2028 || c == 0x2029) {
                found.add(new Finding(Kind.LINE_SEPARATOR, "U+%04X".formatted(c)));
            }
        });
        return found;
    }

    /** What a web address hides: the controls in it, and a host that looks like another. */
    public static List<Finding> inUrl(String url) {
        var found = inText(url);
        lookAlikeHost(url).ifPresent(host -> found.add(new Finding(Kind.LOOK_ALIKE_HOST, host)));
        return found;
    }

    /** The host of the address as it reads (punycode decoded), when a label of it mixes scripts or imitates Latin. */
    public static Optional<String> lookAlikeHost(String url) {
        var host = host(url);
        if (host == null) {
            return Optional.empty();
        }
        String unicode;
        try {
            unicode = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            unicode = host;
        }
        for (var label : unicode.split("[.\u3002\uff0e\uff61]")) {
            if (!label.isEmpty() && lookAlike(label)) {
                return Optional.of(unicode);
            }
        }
        return Optional.empty();
    }

    private static boolean lookAlike(String label) {
        if (label.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        // mixed scripts (beyond Latin with Han and kana), invisible marks, digits of several systems
        if (CHECKER.failsChecks(label)) {
            return true;
        }
        // one other script, yet read as Latin letters: its skeleton (what it looks like) is plain ASCII
        return CHECKER.getSkeleton(label).chars().allMatch(c -> c < 0x80);
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            var host = URI.create(url.strip()).getHost();
            if (host != null) {
                return host;
            }
        } catch (IllegalArgumentException e) {
            // a non-ASCII host is no URI host: read it by hand below
        }
        var rest = url.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        var authority = rest.split("[/?#]", 2)[0];
        var host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
        return host.isEmpty() ? null : host;
    }
}

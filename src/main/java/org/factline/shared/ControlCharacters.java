package org.factline.shared;

import java.util.Optional;

/**
 * Characters no text of ours may hold: the C0 controls (NUL, vertical tab, escape…), DEL, the C1 controls and
 * the noncharacters U+FFFE and U+FFFF. None can be typed, several are forbidden in XML (one made every feed
 * ill-formed) and PostgreSQL refuses NUL. Tab, line feed and carriage return are text where a field allows
 * several lines, and refused elsewhere.
 */
public final class ControlCharacters {

    /** The first refused character of a text: where (from 1) and which, as {@code U+000B}. */
    public record Found(int position, String codePoint) {

        /** The arguments of the messages that name it: the character, then its position. */
        public Object[] arguments() {
            return new Object[] {codePoint, position};
        }
    }

    private ControlCharacters() {}

    /** The first refused character of the text, if any; line breaks and tabs refused unless multi-line. */
    public static Optional<Found> find(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(multiLine && isLineSpace(c))) {
                return Optional.of(new Found(i + 1, "U+%04X".formatted((int) c)));
            }
        }
        return Optional.empty();
    }

    /**
     * The text without its control characters (tab and line breaks kept) and without unpaired surrogates: what
     * an XML document may hold whatever is stored.
     */
    public static String stripped(String text) {
        if (text == null
                || text.chars()
                        .noneMatch(c ->
                                isControl((char) c) && !isLineSpace((char) c) || Character.isSurrogate((char) c))) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && (!isControl(c) || isLineSpace(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff;
    }

    private static boolean isLineSpace(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }
}

package org.factline.shared;

/**
 * A text the newsroom writes in English and in Bahasa Indonesia, either one first: a claim's headline, a
 * verdict's conclusion and rationale. A language not written yet is null.
 */
public record Bilingual(String english, String indonesian) {

    public static final String ENGLISH = "en";
    public static final String INDONESIAN = "id";

    public Bilingual {
        english = clean(english);
        indonesian = clean(indonesian);
    }

    /** The text in {@code language} ({@code id}: Indonesian, anything else English), or null. */
    public String in(String language) {
        return INDONESIAN.equals(language) ? indonesian : english;
    }

    public boolean isEmpty() {
        return english == null && indonesian == null;
    }

    /** Written in one language only: a translation is missing. */
    public boolean isHalf() {
        return (english == null) != (indonesian == null);
    }

    /** The text a reader of {@code language} is shown: theirs, else the other one, marked as such. */
    public Shown shownIn(String language) {
        var reader = INDONESIAN.equals(language) ? INDONESIAN : ENGLISH;
        var own = in(reader);
        if (own != null || isEmpty()) {
            return new Shown(own, reader, false);
        }
        var other = INDONESIAN.equals(reader) ? ENGLISH : INDONESIAN;
        return new Shown(in(other), other, true);
    }

    /**
     * A text as shown to a reader: in {@code language}, which is not theirs when {@code untranslated} (the
     * page then marks it with its {@code lang} and says it is not yet translated).
     */
    public record Shown(String text, String language, boolean untranslated) {

        public boolean isEmpty() {
            return text == null;
        }

        /** The {@code lang} the text needs on the page: its language when not the page's, else null. */
        public String lang() {
            return untranslated ? language : null;
        }

        @Override
        public String toString() {
            return text == null ? "" : text;
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.factline.timeline;

/**
 * What a cached public page shows, named so that a change can say which pages it reaches: a claim, a
 * speaker or a topic (with the claims listed under them), or everything.
 */
final class PageScope {

    static final String EVERYTHING = "*";
    static final String CLAIM = "claim:";
    static final String SPEAKER = "speaker:";
    static final String TOPIC = "topic:";

    private PageScope() {}

    static String claim(long id) {
        return CLAIM + id;
    }

    static String speaker(String slug) {
        return SPEAKER + slug;
    }

    static String topic(String slug) {
        return TOPIC + slug;
    }
}

package org.factline.timeline;

/**
 * What a reader page shows, named so that a change can say which pages it reaches
 * ({@link org.factline.publishing.PageScopes}): a claim, a speaker or a topic, with the claims listed
 * under them. {@link PublishedReaderPages} gives the names their meaning.
 */
final class PageScope {

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

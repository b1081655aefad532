package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;

import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A speaker or topic that appears only on drafts is not public: its page and feed answer exactly as an
 * unknown address does (404, the same page), it is in no list readers see, and it becomes public the
 * moment one of its claims is published, and private again when that claim is retracted.
 */
@IntegrationTest
class DraftOnlySpeakersAndTopicsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftOnlySpeakerOrTopicIsUnknownUntilOneOfItsClaimsIsPublished() {
        var fixtures = new PublicFixtures(context);
        var speaker = fixtures.data().matsegora();
        var topic = TestData.unique("Unannounced investigation");
        var summary = TestData.unique("Workers from the North could rebuild the region");
        var claim = fixtures.draft(speaker, topic, summary, "Tenaga kerja Korea Utara dapat dikirim.");
        var topicSlug = jdbc.sql("select slug from topic where name = ?")
                .param(topic)
                .query(String.class)
                .single();
        var pages = List.of(
                "/speakers/" + speaker.getSlug(),
                "/speakers/" + speaker.getSlug() + "/feed.atom",
                "/topics/" + topicSlug,
                "/topics/" + topicSlug + "/feed.atom");

        for (var page : pages) {
            assertNotPublic(page, speaker.getSlug(), topicSlug, speaker.getName(), topic);
        }
        assertNotListed(speaker.getSlug(), topicSlug, speaker.getName(), topic);

        fixtures.publishVerdict(claim.getId(), "false", "Not so: " + summary);
        for (var page : pages) {
            var result = mvc.get().uri(page).exchange();
            assertThat(result).as(page).hasStatus(HttpStatus.OK);
            assertThat(body(result)).as(page).contains(page.startsWith("/speakers") ? speaker.getName() : topic);
        }
        assertThat(body(mvc.get().uri("/sitemap-pages.xml").exchange()))
                .contains("/speakers/" + speaker.getSlug(), "/topics/" + topicSlug);

        fixtures.retract(claim.getId(), "The quote was never said.");
        for (var page : pages) {
            assertNotPublic(page, speaker.getSlug(), topicSlug, speaker.getName(), topic);
        }
        assertNotListed(speaker.getSlug(), topicSlug, speaker.getName(), topic);
    }

    /** 404, with the very page an unknown slug gets (the slug aside, which the page does not name anyway). */
    private void assertNotPublic(String page, String speakerSlug, String topicSlug, String speakerName, String topic) {
        var unknownPage =
                page.replace(speakerSlug, "no-such-speaker-anywhere").replace(topicSlug, "no-such-topic-anywhere");
        var result = mvc.get().uri(page).exchange();
        var unknown = mvc.get().uri(unknownPage).exchange();
        assertThat(result).as(page).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(unknown).as(unknownPage).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(result))
                .as(page)
                .doesNotContain(speakerName, topic)
                .isEqualTo(body(unknown)
                        .replace("no-such-speaker-anywhere", speakerSlug)
                        .replace("no-such-topic-anywhere", topicSlug));
        assertThat(result.getResponse().getContentType())
                .isEqualTo(unknown.getResponse().getContentType());
    }

    private void assertNotListed(String speakerSlug, String topicSlug, String speakerName, String topic) {
        for (var list : new String[] {"/sitemap-pages.xml", "/", "/search?q=Korea"}) {
            assertThat(body(mvc.get().uri(list).exchange()))
                    .as(list)
                    .doesNotContain("/speakers/" + speakerSlug, "/topics/" + topicSlug, speakerName, topic);
        }
    }
}

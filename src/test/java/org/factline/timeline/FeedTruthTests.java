package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;

import java.time.Instant;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The Atom feeds as RFC 4287 reads them: who wrote each entry, and when it was published and updated. */
@IntegrationTest
class FeedTruthTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void everyEntryIsWrittenByTheOrganisationNeverByTheSpeaker() {
        var claim = fixtures.published(TestData.unique("Authored by the newsroom"), "Kalimat penulis.", 0, 1);
        var speaker = jdbc.sql("select s.name from speaker s join claim c on c.speaker_id = s.id where c.id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        var speakerSlug = jdbc.sql("select s.slug from speaker s join claim c on c.speaker_id = s.id where c.id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        for (var uri : new String[] {
            "/feed.atom", "/speakers/" + speakerSlug + "/feed.atom", "/topics/north-korea-russia-and-donbas/feed.atom"
        }) {
            var feed = feed(uri);
            assertThat(feed.select("entry")).as(uri).isNotEmpty();
            assertThat(feed.select("feed > author > name").text()).as(uri).isEqualTo("Factline");
            for (var entry : feed.select("entry")) {
                assertThat(entry.select("> author > name").text()).as(uri).isEqualTo("Factline");
                assertThat(entry.select("> author > uri").text()).as(uri).isEqualTo("http://localhost:8080/");
            }
            assertThat(feed.select("author name").eachText()).as(uri).doesNotContain(speaker, "Vladimir Putin");
        }
    }

    @Test
    void publishedIsNeverAfterUpdatedAndACorrectionMovesUpdated() {
        var summary = TestData.unique("Dated in the feed");
        var claim = fixtures.published(summary, "Kalimat bertanggal.", 0, 1);
        for (var uri : new String[] {"/feed.atom", "/topics/north-korea-russia-and-donbas/feed.atom"}) {
            for (var entry : feed(uri).select("entry")) {
                assertThat(instant(entry, "published"))
                        .as(uri + " " + entry.select("> title").text())
                        .isBeforeOrEqualTo(instant(entry, "updated"));
            }
        }
        var before = entry(summary);
        assertThat(instant(before, "published")).isBeforeOrEqualTo(instant(before, "updated"));

        fixtures.correct(claim.getId(), "mostly-false", "Corrected: mostly false.", "A figure was wrong.");
        var after = entry(summary);
        assertThat(instant(after, "published")).isEqualTo(instant(before, "published"));
        assertThat(instant(after, "updated")).isAfter(instant(before, "updated"));
        var feedUpdated =
                Instant.parse(feed("/feed.atom").select("feed > updated").text());
        assertThat(feedUpdated).isAfterOrEqualTo(instant(after, "updated"));
    }

    private Element entry(String summary) {
        return feed("/feed.atom").select("entry").stream()
                .filter(entry -> entry.select("> title").text().endsWith(summary))
                .findFirst()
                .orElseThrow();
    }

    private static Instant instant(Element entry, String name) {
        return Instant.parse(entry.select("> " + name).text());
    }

    private Document feed(String uri) {
        return Jsoup.parse(body(mvc.get().uri(uri).exchange()), Parser.xmlParser());
    }
}

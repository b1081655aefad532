package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factline.IntegrationTest;
import org.factline.StoredTextCleaning;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.Role;
import org.factline.shared.PublicContentChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * Every feed and sitemap stays well-formed XML whatever text is stored: control characters written straight into
 * the database, as data older than the rule would hold them, in every text a feed shows (claim summary, verdict
 * summary, speaker name, topic names, rating label, retraction summary and reason). A vertical tab in a summary
 * made the site's feed ill-formed before.
 */
@IntegrationTest
class ControlCharacterFeedTests {

    /** Vertical tab, start of heading, escape, DEL and a C1 control: the first two broke the feeds. */
    static final String CONTROLS = "\u000b\u0001\u001b\u007f\u0085";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void everyFeedAndSitemapIsWellFormedWithControlCharactersInEveryStoredText() throws Exception {
        var summary = TestData.unique("Controlled summary");
        var claim = fixtures.published(summary, "Kalimat kendali.", 1, 1);
        var retracted = fixtures.published(TestData.unique("Retracted controlled"), "Kalimat ditarik.", 0, 1);
        fixtures.retract(retracted.getId(), "Withdrawn for a test.");
        var speaker = jdbc.sql("select s.slug from speaker s join claim c on c.speaker_id = s.id where c.id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        var topic = jdbc.sql(
                        "select t.slug from topic t join claim_topic ct on ct.topic_id = t.id where ct.claim_id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        transaction.executeWithoutResult(status -> {
            var dirty = "'" + CONTROLS.replace("'", "''") + "'";
            // the Indonesian texts the /id feeds show, as the English ones
            jdbc.sql("update claim set summary = summary || " + dirty + ", summary_id = summary || " + dirty
                            + ", text = text || " + dirty + " where id in (?, ?)")
                    .params(claim.getId(), retracted.getId())
                    .update();
            jdbc.sql("update verdict set summary = summary || " + dirty + ", summary_id = summary || " + dirty
                            + ", rationale = rationale || " + dirty + ", rationale_id = rationale || " + dirty
                            + " where claim_id = ?")
                    .param(claim.getId())
                    .update();
            jdbc.sql("update speaker set name = name || " + dirty + " where slug = ?")
                    .param(speaker)
                    .update();
            jdbc.sql("update topic set name = name || " + dirty + ", name_id = 'Topik' || " + dirty + " where slug = ?")
                    .param(topic)
                    .update();
            jdbc.sql("update rating set label_en = label_en || " + dirty + ", label_id = label_id || " + dirty
                            + " where code = 'false'")
                    .update();
            jdbc.sql("update claim_retraction set reason = reason || " + dirty + ", summary = summary || " + dirty
                            + ", summary_id = summary || " + dirty + ", verdict_summary = verdict_summary || " + dirty
                            + ", verdict_summary_id = verdict_summary || " + dirty + " where claim_id = ?")
                    .param(retracted.getId())
                    .update();
            jdbc.sql("delete from rendered_page").update();
            context.publishEvent(PublicContentChanged.everything());
        });
        try {
            var feeds = new ArrayList<String>();
            for (var language : List.of("", "/id")) {
                for (var feed : List.of(
                        "/feed.atom", "/speakers/" + speaker + "/feed.atom", "/topics/" + topic + "/feed.atom")) {
                    feeds.add(language + feed);
                }
            }
            feeds.addAll(List.of("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-claims-0.xml"));
            for (var uri : feeds) {
                var document = wellFormed(uri);
                if (uri.endsWith(".atom")) {
                    var text = document.getDocumentElement().getTextContent();
                    assertThat(text).as(uri).contains(summary, "The claim is not accurate: " + summary);
                    assertThat(text).as(uri).doesNotContain("\u000b", "\u0001", "\u001b", "\u007f", "\u0085");
                }
            }
            assertThat(wellFormed("/feed.atom").getDocumentElement().getTextContent())
                    .contains("Withdrawn for a test.");
        } finally {
            // the other tests share the database: the migration that cleans stored text cleans this test's too
            StoredTextCleaning.run(context);
        }
    }

    /** The same characters typed into the desk's forms are refused there, and the feeds never see them. */
    @Test
    void theFormsRefuseWhatWouldBreakTheFeeds() throws Exception {
        var summary = TestData.unique("Typed controls");
        var claim = fixtures.published(summary, "Kalimat diketik.", 0, 1);
        var speaker = jdbc.sql(
                        "select s.id, s.slug, s.name, s.version from speaker s join claim c on c.speaker_id = s.id"
                                + " where c.id = ?")
                .param(claim.getId())
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        var topic = jdbc.sql(
                        "select t.id, t.slug, t.name, t.version from topic t join claim_topic ct on ct.topic_id = t.id"
                                + " where ct.claim_id = ?")
                .param(claim.getId())
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        var editor = context.getBean(AccountManagement.class)
                .principal(fixtures.data().user(Role.REPORTER, Role.EDITOR).getId());

        var topicForm = mvc.post()
                .uri("/desk/topics/" + topic[0] + "/edit")
                .with(user(editor))
                .with(csrf())
                .param("version", topic[3])
                .param("name", topic[2] + "\u000b")
                .exchange();
        assertThat(topicForm).hasStatusOk();
        assertThat(body(topicForm)).contains("This holds an invisible control character (U+000B");
        var speakerForm = mvc.post()
                .uri("/desk/speakers/" + speaker[0] + "/edit")
                .with(user(editor))
                .with(csrf())
                .param("version", speaker[3])
                .param("kind", "PERSON")
                .param("name", speaker[2] + "\u0001")
                .exchange();
        assertThat(speakerForm).hasStatusOk();
        assertThat(body(speakerForm)).contains("This holds an invisible control character (U+0001");

        for (var uri : List.of(
                "/feed.atom",
                "/id/feed.atom",
                "/speakers/" + speaker[1] + "/feed.atom",
                "/id/speakers/" + speaker[1] + "/feed.atom",
                "/topics/" + topic[1] + "/feed.atom",
                "/id/topics/" + topic[1] + "/feed.atom")) {
            var text = wellFormed(uri).getDocumentElement().getTextContent();
            assertThat(text).as(uri).contains(summary).doesNotContain("\u000b", "\u0001");
        }
    }

    private Document wellFormed(String uri) throws Exception {
        var response = mvc.get().uri(uri).exchange().getResponse();
        assertThat(response.getStatus()).as(uri).isEqualTo(200);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // a control character is a fatal error of the parser: the feed is not XML at all
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }
}

package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;
import static org.factline.timeline.PublicFixtures.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.claim.Claim;
import org.factline.claim.ClaimEdit;
import org.factline.claim.ClaimManagement;
import org.factline.shared.PublicContentChanged;
import org.factline.timeline.PublicFixtures;
import org.factline.verdict.RatingText;
import org.factline.verdict.VerdictManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cached page is renewed when something it shows changes, and only then: a claim page survives
 * changes to unrelated claims, and follows its sources, its speaker's and topics' other claims, and
 * changes made by another instance sharing the database.
 */
@IntegrationTest
class PageCacheInvalidationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PageCache pageCache;

    @Autowired
    ClaimManagement claims;

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    JdbcClient jdbc;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void aClaimPageStaysCachedWhileOtherSpeakersAndTopicsChange() {
        var claim = fixtures.published(TestData.unique("Kept page"), "Kalimat yang tetap.", 1, 1);
        var other = fixtures.published(TestData.unique("Other claim"), "Kalimat lain.", 1, 1);
        get(claim);

        long renders = pageCache.renders();
        fixtures.attachSource(other.getId(), "A source of another claim");
        fixtures.correct(other.getId(), "true", "Corrected elsewhere", "A test correction");
        var page = get(claim);

        assertThat(pageCache.renders()).as("served from the cache").isEqualTo(renders);
        assertThat(page).contains(claim.getSummary());
        // the home page lists everything, so it is renewed at any change
        mvc.get().uri("/").exchange();
        long afterHome = pageCache.renders();
        fixtures.attachSource(other.getId(), "Yet another source");
        mvc.get().uri("/").exchange();
        assertThat(pageCache.renders()).isEqualTo(afterHome + 1);
    }

    @Test
    void aNewSourceRenewsItsClaimPage() {
        var claim = fixtures.published(TestData.unique("Sourced"), "Kalimat bersumber.", 1, 1);
        assertThat(get(claim)).doesNotContain("Freshly added evidence");

        fixtures.attachSource(claim.getId(), "Freshly added evidence");

        assertThat(get(claim)).contains("Freshly added evidence");
    }

    @Test
    void aClaimOfTheSameSpeakerOrTopicRenewsThePagesThatListIt() {
        var speaker = fixtures.data().matsegora();
        var topic = TestData.unique("Shared topic");
        var first = fixtures.published(speaker, topic, TestData.unique("First of the speaker"), "Pertama.", 0, 1);
        var loner = fixtures.published(TestData.unique("Loner"), "Sendiri.", 0, 1);
        var topicPath = "/topics/" + topicSlug(first);
        get(first);
        mvc.get().uri("/speakers/" + speaker.getSlug()).exchange();
        mvc.get().uri(topicPath).exchange();

        var second = fixtures.published(speaker, topic, TestData.unique("Second of the speaker"), "Kedua.", 0, 1);

        assertThat(html(mvc.get().uri(first.path()).exchange())
                        .select(".related")
                        .text())
                .contains(second.getSummary());
        assertThat(body(mvc.get().uri("/speakers/" + speaker.getSlug()).exchange()))
                .contains(second.getSummary());
        assertThat(body(mvc.get().uri(topicPath).exchange())).contains(second.getSummary());

        // the second claim moves to the loner's speaker and topic: the first speaker's page lets it go
        var lonerTopic = topicSlug(loner);
        new PublicFixtures(context)
                .publishUpdate(
                        second.getId(),
                        new ClaimEdit(
                                speakerName(loner),
                                "Kedua.",
                                "id",
                                null,
                                null,
                                second.getSummary(),
                                null,
                                LocalDate.of(2022, 7, 18),
                                second.getSaid().getPrecision(),
                                "in a test",
                                List.of(jdbc.sql("select name from topic where slug = ?")
                                        .param(lonerTopic)
                                        .query(String.class)
                                        .single())),
                        "Moved to the right speaker.");

        assertThat(body(mvc.get().uri("/speakers/" + speaker.getSlug()).exchange()))
                .doesNotContain(second.getSummary());
        assertThat(body(mvc.get().uri(topicPath).exchange())).doesNotContain(second.getSummary());
        assertThat(body(mvc.get().uri("/speakers/" + speakerSlug(loner)).exchange()))
                .contains(second.getSummary());
        assertThat(html(mvc.get().uri(loner.path()).exchange())
                        .select(".related")
                        .text())
                .contains(second.getSummary());
    }

    @Test
    void aChangeCommittedByAnotherInstanceRenewsThePagesItNames() {
        var claim = fixtures.published(TestData.unique("Shared database"), "Basis data bersama.", 0, 1);
        var bystander = fixtures.published(TestData.unique("Bystander"), "Penonton.", 0, 1);
        get(claim);
        get(bystander);

        // another instance changes the claim's text and records the change, as bump() does: the version,
        // what it reached, and the stored pages it reached deleted
        jdbc.sql("update claim set summary = summary || ' (edited elsewhere)' where id = ?")
                .param(claim.getId())
                .update();
        long version = nextVersion();
        jdbc.sql("insert into public_content_change (version, scope) values (?, ?)")
                .params(version, "claim:" + claim.getId())
                .update();
        forgetStoredPagesOf("claim:" + claim.getId());

        long renders = pageCache.renders();
        assertThat(get(claim)).contains("(edited elsewhere)");
        get(bystander);
        assertThat(pageCache.renders()).isEqualTo(renders + 1);
    }

    @Test
    void versionsWithoutTheirChangesRenewEveryPage() {
        var claim = fixtures.published(TestData.unique("Pruned"), "Dipangkas.", 0, 1);
        get(claim);
        jdbc.sql("update claim set summary = summary || ' (while asleep)' where id = ?")
                .param(claim.getId())
                .update();
        // the change rows of this version are gone (pruned while an instance was idle); the change deleted
        // the stored pages it reached when it was made
        nextVersion();
        forgetStoredPagesOf("claim:" + claim.getId());

        assertThat(get(claim)).contains("(while asleep)");
    }

    @Test
    void aNewRatingRenewsEveryPage() {
        var transaction = context.getBean(TransactionTemplate.class);
        transaction.executeWithoutResult(status -> {
            var scale = verdicts.scale(VerdictManagement.DEFAULT_SCALE).orElseThrow();
            long before = fixtures.publicContentVersion();
            verdicts.addRating(
                    scale.getId(),
                    "test-only",
                    -9,
                    new RatingText("Test only", "Hanya uji", "A rating.", "Sebuah rating.", "#336699", "?"));
            assertThat(jdbc.sql("select scope from public_content_change where version > ?")
                            .param(before)
                            .query(String.class)
                            .list())
                    .containsExactly("*");
            status.setRollbackOnly();
        });
    }

    @Test
    void gzipReadersGetTheStoredBytesWithTheirOwnValidator() throws IOException {
        var claim = fixtures.published(TestData.unique("Compressed"), "Dimampatkan.", 2, 1);
        var plain = mvc.get().uri(claim.path()).exchange();
        var zipped = mvc.get()
                .uri(claim.path())
                .header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br")
                .exchange();

        assertThat(zipped).hasHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        assertThat(plain.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        var inflated = new String(
                new GZIPInputStream(
                                new ByteArrayInputStream(zipped.getResponse().getContentAsByteArray()))
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(inflated).isEqualTo(body(plain));
        var plainTag = plain.getResponse().getHeader(HttpHeaders.ETAG);
        var zippedTag = zipped.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(zippedTag).isNotEqualTo(plainTag);
        assertThat(zipped.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept-Encoding");

        assertThat(mvc.get()
                        .uri(claim.path())
                        .header(HttpHeaders.IF_NONE_MATCH, zippedTag)
                        .exchange())
                .hasStatus(304);
        assertThat(mvc.get()
                        .uri(claim.path())
                        .header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity")
                        .exchange()
                        .getResponse()
                        .getHeader(HttpHeaders.CONTENT_ENCODING))
                .isNull();
    }

    @Test
    void aChangeCommittedByAnotherInstanceIsServedOnTheNextRequest() {
        var claim = fixtures.published(TestData.unique("Edited elsewhere"), "Kalimat yang sumbernya diubah.", 1, 1);
        var original = html(mvc.get().uri(claim.path()).exchange())
                .select(".sources li a")
                .text();
        assertThat(original).isEqualTo("Source 0");

        // another instance edits a source without telling this one: the rendered page is what we keep
        jdbc.sql("update source set title = 'Source 0, corrected title' where claim_id = ?")
                .param(claim.getId())
                .update();
        assertThat(html(mvc.get().uri(claim.path()).exchange())
                        .select(".sources li a")
                        .text())
                .isEqualTo("Source 0");

        // ... and records the change in the same transaction, as every public change does: the shared
        // version bumped, what it reached noted, the stored pages it reached deleted
        context.getBean(TransactionTemplate.class)
                .executeWithoutResult(status ->
                        context.getBean(PublicContentVersion.class).bump(PublicContentChanged.ofClaim(claim.getId())));
        assertThat(html(mvc.get().uri(claim.path()).exchange())
                        .select(".sources li a")
                        .text())
                .isEqualTo("Source 0, corrected title");
    }

    private String get(Claim claim) {
        var result = mvc.get().uri(claim.path()).exchange();
        assertThat(result).hasStatusOk();
        return body(result);
    }

    private String topicSlug(Claim claim) {
        return jdbc.sql("select t.slug from claim_topic ct join topic t on t.id = ct.topic_id where ct.claim_id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    private String speakerName(Claim claim) {
        return jdbc.sql("select s.name from claim c join speaker s on s.id = c.speaker_id where c.id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    private String speakerSlug(Claim claim) {
        return jdbc.sql("select s.slug from claim c join speaker s on s.id = c.speaker_id where c.id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    private void forgetStoredPagesOf(String scope) {
        context.getBean(PageStore.class).awaitWrites();
        jdbc.sql("delete from rendered_page where ? = any(scopes)").param(scope).update();
    }

    private long nextVersion() {
        return jdbc.sql("update public_content_version set version = version + 1, changed_at = now() where id = 1"
                        + " returning version")
                .query(Long.class)
                .single();
    }
}

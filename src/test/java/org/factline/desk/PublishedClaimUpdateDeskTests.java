package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.timeline.PublicFixtures;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Published means reviewed, on the desk: a reporter's change to a published fact-check never goes live
 * by itself; it waits as an update that readers do not see (page, feed, search, ClaimReview) until
 * another editor publishes it, and then readers see it with its note, or without one for a minor fix.
 */
@IntegrationTest
class PublishedClaimUpdateDeskTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aReportersEditOfAPublishedClaimChangesNothingReadersSee() {
        var desk = new DeskTestSupport(mvc, context);
        var fixtures = new PublicFixtures(context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        var claim = published(fixtures.published(TestData.unique("Published as is"), "Kalimat yang terbit.", 1, 1));

        assertThat(desk.get(reporter, "/desk/claims/" + claim.getId() + "/edit"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/desk/claims/" + claim.getId() + "/update");
        var refused = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/edit",
                        claimFields(claim, "Changed by a reporter", "Kalimat yang diubah."))
                .exchange();
        assertThat(DeskTestSupport.html(refused).select(".flash.error").text())
                .contains("what readers see changes only through an update");
        assertThat(desk.count(
                        "select count(*) from claim where id = ? and summary = ?", claim.getId(), claim.getSummary()))
                .isOne();
        assertThat(PublicFixtures.html(mvc.get().uri(claim.path()).exchange())
                        .select("h1")
                        .text())
                .isEqualTo(claim.getSummary());
    }

    @Test
    void anUpdateReachesReadersOnlyOnceAnotherEditorPublishesItWithItsNote() {
        var desk = new DeskTestSupport(mvc, context);
        var fixtures = new PublicFixtures(context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        var claim = published(fixtures.published(TestData.unique("Before the update"), "Kalimat yang terbit.", 1, 1));
        var word = letters();
        var newSummary = "After the update " + word;
        var feedPath = "/speakers/" + claim.getSpeaker().getSlug() + "/feed.atom";
        var feedBefore = mvc.get().uri(feedPath).exchange();
        var reviewBefore = claimReview(claim);

        var saved = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/update",
                        claimFields(claim, newSummary, "Kalimat yang diperbarui " + word + "."))
                .param("publicNote", "The claim's words were corrected against the recording.")
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        long updateId = desk.count("select id from claim_update where claim_id = ?", claim.getId());
        step(desk, reporter, "submit", claim, updateId);

        // waiting for review, the update reaches no reader
        var page = PublicFixtures.html(mvc.get().uri(claim.path()).exchange());
        assertThat(page.select("h1").text()).isEqualTo(claim.getSummary());
        assertThat(page.text()).doesNotContain(word).doesNotContain("Updated");
        assertThat(PublicFixtures.body(mvc.get().uri(feedPath).exchange())).isEqualTo(PublicFixtures.body(feedBefore));
        assertThat(claimReview(claim)).isEqualTo(reviewBefore);
        assertThat(PublicFixtures.html(mvc.get().uri("/search?q=" + word).exchange())
                        .select(".claim-card")
                        .text())
                .doesNotContain(claim.getSummary());

        // the reporter may not publish it; the desk shows the editor the change, old → new
        assertThat(step(desk, reporter, "publish", claim, updateId, "publicNote", "Published by a reporter."))
                .hasStatus(HttpStatus.FORBIDDEN);
        var deskPage = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()));
        assertThat(deskPage.select("#update del").eachText()).contains("Before");
        assertThat(deskPage.select("#update ins").eachText()).contains("After", word);
        assertThat(deskPage.select("#update form.publish-update")).hasSize(1);
        assertThat(DeskTestSupport.html(desk.get(editor, "/desk"))
                        .select(".updates-waiting")
                        .text())
                .contains(claim.getSummary());

        // a note is required unless it is a minor fix: said beside the field, nothing written
        var refused = step(desk, editor, "publish", claim, updateId, "publicNote", " ");
        assertThat(DeskTestSupport.fieldError(refused, "publicNote")).contains("Write what readers are told");
        assertThat(desk.count(
                        "select count(*) from claim where id = ? and summary = ?", claim.getId(), claim.getSummary()))
                .isOne();

        step(
                desk,
                editor,
                "publish",
                claim,
                updateId,
                "publicNote",
                "The claim's words were corrected against the recording.");
        var publishedAt = desk.jdbc
                .sql("select published_at from claim_update where id = ?")
                .param(updateId)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
        var day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                .format(publishedAt.atZone(java.time.ZoneId.of("Asia/Jakarta")));

        page = PublicFixtures.html(mvc.get().uri(claim.path()).exchange());
        assertThat(page.select("h1").text()).isEqualTo(newSummary);
        assertThat(page.select(".claim-quote").text()).contains(word);
        assertThat(page.select(".updated-note").text())
                .isEqualTo("Updated " + day + ": The claim's words were corrected against the recording.");
        assertThat(page.select(".claim-updates").text()).contains("The claim's words were corrected");
        var review = claimReview(claim);
        assertThat(review)
                .contains("\"claimReviewed\":\"" + newSummary + "\"")
                .contains("\"dateModified\":\""
                        + publishedAt
                                .atZone(java.time.ZoneId.of("Asia/Jakarta"))
                                .toLocalDate() + "\"");
        var feed = Jsoup.parse(PublicFixtures.body(mvc.get().uri(feedPath).exchange()), Parser.xmlParser());
        assertThat(feed.select("entry > title").text()).contains(newSummary);
        assertThat(feed.select("entry > updated").text()).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(publishedAt));
        assertThat(PublicFixtures.html(mvc.get().uri("/search?q=" + word).exchange())
                        .select(".claim-card")
                        .text())
                .contains(newSummary);
    }

    @Test
    void aMinorFixShowsNoNoteToReadersButStaysInTheHistory() {
        var desk = new DeskTestSupport(mvc, context);
        var fixtures = new PublicFixtures(context);
        FactlineUser author = desk.person(Role.REPORTER, Role.EDITOR);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        var claim = published(fixtures.published(TestData.unique("A typpo fixed"), "Kalimat yang terbit.", 1, 1));
        var fixed = claim.getSummary().replace("typpo", "typo");

        desk.post(author, "/desk/claims/" + claim.getId() + "/update", claimFields(claim, fixed, claim.getText()))
                .param("minor", "true")
                .exchange();
        long updateId = desk.count("select id from claim_update where claim_id = ?", claim.getId());
        step(desk, author, "submit", claim, updateId);
        // the author is not offered to publish their own update, and may not
        assertThat(DeskTestSupport.html(desk.get(author, "/desk/claims/" + claim.getId()))
                        .select("#update form.publish-update"))
                .isEmpty();
        step(desk, author, "publish", claim, updateId, "minor", "true");
        assertThat(desk.count("select count(*) from claim_update where id = ? and status = 'IN_REVIEW'", updateId))
                .isOne();

        step(desk, editor, "publish", claim, updateId, "minor", "true");

        var page = PublicFixtures.html(mvc.get().uri(claim.path()).exchange());
        assertThat(page.select("h1").text()).isEqualTo(fixed);
        assertThat(page.select(".updated-note, .claim-updates")).isEmpty();
        assertThat(page.text()).doesNotContain("Updated");
        var history = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId() + "/history"));
        assertThat(history.select(".change").text()).contains("public update", "Minor fix");
    }

    @Test
    void anAppearanceOfAPublishedClaimWaitsInItsUpdateUntilItIsPublished() {
        var desk = new DeskTestSupport(mvc, context);
        var fixtures = new PublicFixtures(context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        var claim = published(fixtures.published(TestData.unique("Seen again"), "Kalimat yang terbit.", 1, 1));
        var url = "https://example.org/" + letters();

        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/appearances",
                        "articleUrl",
                        url,
                        "articleTitle",
                        "Dilaporkan lagi",
                        "articleOutlet",
                        "Kompas",
                        "quote",
                        "kalimat yang terbit",
                        "quoteKind",
                        "PARAPHRASE",
                        "chain",
                        "")
                .exchange();
        assertThat(desk.count("select count(*) from appearance where claim_id = ?", claim.getId()))
                .isOne();

        // a new article needs its title: said beside the field, nothing kept
        var refused = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/update/appearances",
                        "articleUrl",
                        url,
                        "articleOutlet",
                        "Kompas",
                        "quote",
                        "kalimat yang terbit",
                        "quoteKind",
                        "PARAPHRASE",
                        "chain",
                        "")
                .exchange();
        assertThat(DeskTestSupport.fieldError(refused, "articleTitle")).isNotBlank();
        assertThat(desk.count("select count(*) from claim_update where claim_id = ?", claim.getId()))
                .isZero();

        var proposed = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/update/appearances",
                        "articleUrl",
                        url,
                        "articleTitle",
                        "Dilaporkan lagi",
                        "articleOutlet",
                        "Kompas",
                        "quote",
                        "kalimat yang terbit",
                        "quoteKind",
                        "PARAPHRASE",
                        "chain",
                        "Izvestia")
                .exchange();
        assertThat(proposed).hasStatus(HttpStatus.FOUND);
        long updateId = desk.count("select id from claim_update where claim_id = ?", claim.getId());
        assertThat(DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()))
                        .select("#update .proposed-appearance")
                        .text())
                .contains("Dilaporkan lagi", "kalimat yang terbit", "Izvestia → Kompas");
        assertThat(PublicFixtures.html(mvc.get().uri(claim.path()).exchange())
                        .select(".appearance")
                        .text())
                .doesNotContain("Dilaporkan lagi");

        // the note is written in the update's form, then it goes to review and is published
        var fields = claimFields(claim, claim.getSummary(), claim.getText());
        fields[1] = String.valueOf(desk.count("select version from claim_update where id = ?", updateId));
        desk.post(reporter, "/desk/claims/" + claim.getId() + "/update", fields)
                .param("updateId", String.valueOf(updateId))
                .param("publicNote", "Another report of the claim was added.")
                .exchange();
        step(desk, reporter, "submit", claim, updateId);
        assertThat(PublicFixtures.html(mvc.get().uri(claim.path()).exchange())
                        .select(".appearance")
                        .text())
                .doesNotContain("Dilaporkan lagi");
        step(desk, editor, "publish", claim, updateId, "publicNote", "Another report of the claim was added.");

        var page = PublicFixtures.html(mvc.get().uri(claim.path()).exchange());
        assertThat(page.select(".appearance").text()).contains("Dilaporkan lagi", "Izvestia → Kompas");
        assertThat(page.select(".updated-note").text()).contains("Another report of the claim was added.");
        assertThat(desk.count("select count(*) from appearance where claim_id = ?", claim.getId()))
                .isEqualTo(2);
    }

    @Test
    void aPublishedClaimsSourcesChangeOnlyWhenItsUpdateIsPublished() {
        var desk = new DeskTestSupport(mvc, context);
        var fixtures = new PublicFixtures(context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        var claim = published(fixtures.published(TestData.unique("Sourced"), "Kalimat yang terbit.", 2, 1));
        long first = desk.count("select id from source where claim_id = ? and title = 'Source 0'", claim.getId());
        long second = desk.count("select id from source where claim_id = ? and title = 'Source 1'", claim.getId());

        // the old ways refuse: nothing changes
        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/sources/" + first + "/edit",
                        "version",
                        "0",
                        "title",
                        "Edited in place",
                        "kind",
                        "OTHER",
                        "stance",
                        "CONTEXT")
                .exchange();
        desk.post(reporter, "/desk/claims/" + claim.getId() + "/sources/" + second + "/delete", "confirm", "yes")
                .exchange();
        assertThat(desk.count(
                        "select count(*) from source where claim_id = ? and title like 'Source %'", claim.getId()))
                .isEqualTo(2);

        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/update/sources/" + first,
                        "title",
                        "Source 0, corrected",
                        "kind",
                        "OTHER",
                        "stance",
                        "CONTEXT")
                .exchange();
        desk.post(reporter, "/desk/claims/" + claim.getId() + "/update/sources/" + second + "/remove", "confirm", "yes")
                .exchange();
        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/update/sources",
                        "title",
                        "A new source",
                        "kind",
                        "OTHER",
                        "stance",
                        "SUPPORTS")
                .exchange();
        long updateId = desk.count("select id from claim_update where claim_id = ?", claim.getId());
        assertThat(desk.count("select count(*) from claim_update_source where update_id = ?", updateId))
                .isEqualTo(3);
        var deskPage = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()));
        assertThat(deskPage.select("#update .proposed-sources").text())
                .contains("Source 0, corrected", "Source 1", "A new source");

        var fields = claimFields(claim, claim.getSummary(), claim.getText());
        fields[1] = String.valueOf(desk.count("select version from claim_update where id = ?", updateId));
        desk.post(reporter, "/desk/claims/" + claim.getId() + "/update", fields)
                .param("updateId", String.valueOf(updateId))
                .param("publicNote", "The sources were corrected.")
                .exchange();
        step(desk, reporter, "submit", claim, updateId);
        var sources = PublicFixtures.html(mvc.get().uri(claim.path()).exchange())
                .select(".sources")
                .text();
        assertThat(sources).contains("Source 0", "Source 1").doesNotContain("corrected", "A new source");

        step(desk, editor, "publish", claim, updateId, "publicNote", "The sources were corrected.");
        sources = PublicFixtures.html(mvc.get().uri(claim.path()).exchange())
                .select(".sources")
                .text();
        assertThat(sources).contains("Source 0, corrected", "A new source").doesNotContain("Source 1");
    }

    /** The claim with its speaker loaded. */
    private Claim published(Claim claim) {
        return context.getBean(org.factline.claim.ClaimManagement.class)
                .findForDesk(claim.getId())
                .orElseThrow();
    }

    /** The claim's own form, as the desk fills it, with a new summary and words. */
    private static String[] claimFields(Claim claim, String summary, String text) {
        return new String[] {
            "version",
            String.valueOf(claim.getVersion()),
            "speakerName",
            claim.getSpeaker().getName(),
            "claimText",
            text,
            "language",
            "id",
            "summary",
            summary,
            "saidOn",
            "2022-07-18",
            "datePrecision",
            "DAY",
            "saidWhere",
            "in a test"
        };
    }

    private String claimReview(Claim claim) {
        return PublicFixtures.html(mvc.get().uri(claim.path()).exchange())
                .select("script[type=application/ld+json]")
                .first()
                .data();
    }

    /** A step of the update's review (submit, publish …) as the desk's buttons post it. */
    private static org.springframework.test.web.servlet.assertj.MvcTestResult step(
            DeskTestSupport desk, FactlineUser who, String action, Claim claim, long updateId, String... more) {
        var request = desk.post(
                who,
                "/desk/updates/" + updateId + "/" + action,
                "claimId",
                claim.getId().toString(),
                "version",
                String.valueOf(desk.count("select version from claim_update where id = ?", updateId)));
        for (int i = 0; i < more.length; i += 2) {
            request = request.param(more[i], more[i + 1]);
        }
        return request.exchange();
    }

    /** A word no other claim holds, of letters only, so that search matches it as a word. */
    private static String letters() {
        var hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var word = new StringBuilder("kata");
        hex.chars().forEach(c -> word.append((char) ('a' + Character.digit(c, 16))));
        return word.toString();
    }
}

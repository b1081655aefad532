package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.shared.LanguageAddresses;
import org.factline.timeline.PublicFixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Topics kept tidy on the desk: renamed (the old address and feed answer 301 with the new one), named and
 * described in English and Bahasa Indonesia (readers see their language, or the other marked with its
 * {@code lang}), merged by an editor (claims move, the merged topic's page and feed lead to the one kept);
 * each change in the history and on the public pages at once.
 */
@IntegrationTest
class TopicRecordsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    PublicFixtures fixtures;
    FactlineUser editor;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        fixtures = new PublicFixtures(context);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
    }

    /** A made-up word, so that each test's topics and claims are its own. */
    private static String word() {
        var letters = new StringBuilder("Zor");
        var random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private long topicId(String slug) {
        return desk.count("select id from topic where slug = ?", slug);
    }

    private String claimPath(Claim claim) {
        return desk.jdbc
                .sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    private MvcTestResult editTopic(long id, String name, String nameId, String description, String descriptionId) {
        return desk.post(
                        editor,
                        "/desk/topics/" + id + "/edit",
                        "version",
                        String.valueOf(desk.count("select version from topic where id = ?", id)),
                        "name",
                        name,
                        "nameIndonesian",
                        nameId,
                        "description",
                        description,
                        "descriptionIndonesian",
                        descriptionId)
                .exchange();
    }

    private Document page(String uri, String language) {
        // the page at its address in that language (English at the bare path, Indonesian under /id)
        var result = mvc.get().uri(LanguageAddresses.of(language, uri)).exchange();
        assertThat(result).hasStatusOk();
        return DeskTestSupport.html(result);
    }

    @Test
    void aRenamedTopicKeepsItsOldAddressAsARedirectAndReadersSeeItInTheirLanguage() {
        var w = word();
        var oldName = w + " crisis";
        var claim = fixtures.published(desk.data.matsegora(), oldName, "Claim on " + w, "Words on " + w, 1, 1);
        var oldSlug = oldName.toLowerCase().replace(' ', '-');
        long id = topicId(oldSlug);
        // the pages readers see before, kept in the page cache
        assertThat(page("/topics/" + oldSlug, "en").select("h1").text()).isEqualTo(oldName);
        assertThat(page(claimPath(claim), "en").text()).contains(oldName);
        assertThat(mvc.get().uri("/topics/" + oldSlug + "/feed.atom").exchange())
                .hasStatusOk();

        var newName = w + " standoff";
        var saved = editTopic(id, newName, "Kebuntuan " + w, "How the " + w + " standoff unfolded.", "");
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/desk/topics/" + id);
        var newSlug = newName.toLowerCase().replace(' ', '-');

        var moved = mvc.get().uri("/topics/" + oldSlug).exchange();
        assertThat(moved).hasStatus(301);
        assertThat(moved.getResponse().getHeader("Location")).isEqualTo("/topics/" + newSlug);
        var movedFeed = mvc.get().uri("/topics/" + oldSlug + "/feed.atom").exchange();
        assertThat(movedFeed).hasStatus(301);
        assertThat(movedFeed.getResponse().getHeader("Location")).isEqualTo("/topics/" + newSlug + "/feed.atom");

        // English readers: the English name and description, in the page's own language
        var english = page("/topics/" + newSlug, "en");
        assertThat(english.select("h1").text()).isEqualTo(newName);
        assertThat(english.select("h1").hasAttr("lang")).isFalse();
        assertThat(english.select(".topic-description").text()).isEqualTo("How the " + w + " standoff unfolded.");
        assertThat(english.text()).contains("Claim on " + w);
        // Indonesian readers: the Indonesian name; no Indonesian description, so the English one, marked so
        var indonesian = page("/topics/" + newSlug, "id");
        assertThat(indonesian.select("h1").text()).isEqualTo("Kebuntuan " + w);
        assertThat(indonesian.select("h1").hasAttr("lang")).isFalse();
        assertThat(indonesian.select(".topic-description").attr("lang")).isEqualTo("en");
        assertThat(indonesian.select(".topic-description").text()).isEqualTo("How the " + w + " standoff unfolded.");

        // an English name only: Indonesian readers see it marked as English
        editTopic(id, newName, "", "", "Bagaimana kebuntuan " + w + " berlangsung.");
        var fallback = page("/topics/" + newSlug, "id");
        assertThat(fallback.select("h1").text()).isEqualTo(newName);
        assertThat(fallback.select("h1").attr("lang")).isEqualTo("en");
        assertThat(fallback.select(".topic-description").text())
                .isEqualTo("Bagaimana kebuntuan " + w + " berlangsung.");
        assertThat(page("/topics/" + newSlug, "en").select(".topic-description").attr("lang"))
                .isEqualTo("id");

        // the claim's page (cached before the rename) and search follow at once
        var claimPage = page(claimPath(claim), "en");
        assertThat(claimPage.text()).contains(newName).doesNotContain(oldName);
        assertThat(claimPage.select("a[href=/topics/" + newSlug + "]")).isNotEmpty();
        assertThat(page("/search?topic=" + newSlug, "en").text()).contains("Claim on " + w);

        // the desk's history says what changed, in words
        var history = DeskTestSupport.html(desk.get(editor, "/desk/topics/" + id));
        assertThat(history.select(".history .change").text())
                .contains("Name in English", oldName, newName, "Kebuntuan " + w);
        var indonesianHistory = DeskTestSupport.html(desk.mvc
                .get()
                .uri("/desk/topics/" + id + "?lang=id")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        editor))
                .exchange());
        assertThat(indonesianHistory.select(".history .change").text()).contains("Nama dalam bahasa Inggris");

        // a claim form typing the old name finds the renamed topic, not a new one
        var topics = desk.count("select count(*) from topic");
        assertThat(desk.post(
                                editor,
                                "/desk/articles/" + desk.data.tribunWow().getId() + "/claims",
                                "quote",
                                "kutipan " + w,
                                "quoteKind",
                                "PARAPHRASE",
                                "chain",
                                "KCNA",
                                "speakerName",
                                "Vladimir Putin",
                                "language",
                                "id",
                                "saidOn",
                                "2022",
                                "datePrecision",
                                "YEAR",
                                "topics",
                                oldName)
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(desk.count("select count(*) from topic")).isEqualTo(topics);

        // renamed back: its old address is its own again, and the other one leads there
        editTopic(id, oldName, "", "", "");
        assertThat(mvc.get().uri("/topics/" + oldSlug).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/topics/" + newSlug).exchange()).hasStatus(301);
    }

    @Test
    void aNameTakenOrMissingIsRefusedBesideTheFieldAndChangesNothing() {
        var w = word();
        fixtures.published(desk.data.matsegora(), w + " one", "One on " + w, "One " + w, 0, 1);
        fixtures.published(desk.data.matsegora(), w + " two", "Two on " + w, "Two " + w, 0, 1);
        long one = topicId((w + "-one").toLowerCase());

        var taken = editTopic(one, w + " two", "", "", "");
        assertThat(taken).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(taken, "name"))
                .isEqualTo("Another topic has (or had) this name: merge the two topics instead.");
        var missing = editTopic(one, " ", "", "", "");
        assertThat(DeskTestSupport.fieldError(missing, "name")).isNotBlank();
        assertThat(DeskTestSupport.html(missing).select("#error-summary")).isNotEmpty();
        assertThat(desk.jdbc
                        .sql("select name from topic where id = ?")
                        .param(one)
                        .query(String.class)
                        .single())
                .isEqualTo(w + " one");
    }

    @Test
    void anEditorMergesTwoTopicsTheClaimsMoveAndTheOldPageAndFeedLeadToTheOneKept() {
        var w = word();
        var gone = fixtures.published(desk.data.matsegora(), w + " war", "Gone on " + w, "Gone " + w, 0, 1);
        var kept = fixtures.published(desk.data.matsegora(), w + " conflict", "Kept on " + w, "Kept " + w, 0, 1);
        var goneSlug = (w + "-war").toLowerCase();
        var keptSlug = (w + "-conflict").toLowerCase();
        long goneId = topicId(goneSlug);
        long keptId = topicId(keptSlug);
        assertThat(page("/topics/" + keptSlug, "en").text()).doesNotContain("Gone on " + w);
        assertThat(page(claimPath(gone), "en").text()).contains(w + " war");

        // a reporter is not offered it and is refused
        var reporter = desk.person(Role.REPORTER);
        assertThat(DeskTestSupport.html(desk.get(reporter, "/desk/topics/" + goneId))
                        .select("form.merge"))
                .isEmpty();
        assertThat(desk.post(reporter, "/desk/topics/" + goneId + "/merge", "intoId", String.valueOf(keptId))
                        .exchange())
                .hasStatus(403);

        // asked once more first, nothing merged yet
        var asked = desk.post(editor, "/desk/topics/" + goneId + "/merge", "intoId", String.valueOf(keptId))
                .exchange();
        assertThat(asked).hasStatusOk();
        var confirmation = DeskTestSupport.html(asked);
        assertThat(confirmation.select(".subject").text()).isEqualTo(w + " war → " + w + " conflict");
        assertThat(desk.count("select count(*) from claim_topic where topic_id = ?", goneId))
                .isEqualTo(1);
        var merged = desk.post(editor, confirmation.select("form.actions").attr("action"), "confirm", "yes")
                .exchange();
        assertThat(merged).hasStatus3xxRedirection().hasRedirectedUrl("/desk/topics/" + keptId);

        assertThat(desk.count("select count(*) from claim_topic where topic_id = ?", goneId))
                .isZero();
        assertThat(desk.count("select topic_id from claim_topic where claim_id = ?", gone.getId()))
                .isEqualTo(keptId);
        var page = mvc.get().uri("/topics/" + goneSlug).exchange();
        assertThat(page).hasStatus(301);
        assertThat(page.getResponse().getHeader("Location")).isEqualTo("/topics/" + keptSlug);
        var feed = mvc.get().uri("/topics/" + goneSlug + "/feed.atom").exchange();
        assertThat(feed).hasStatus(301);
        assertThat(feed.getResponse().getHeader("Location")).isEqualTo("/topics/" + keptSlug + "/feed.atom");
        assertThat(page("/topics/" + keptSlug, "en").text()).contains("Gone on " + w, "Kept on " + w);
        assertThat(page(claimPath(gone), "en").text()).contains(w + " conflict").doesNotContain(w + " war");

        var history = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + gone.getId() + "/history"));
        assertThat(history.select(".history .change").text()).contains(w + " war", w + " conflict");
        var goneDesk = DeskTestSupport.html(desk.get(editor, "/desk/topics/" + goneId));
        assertThat(goneDesk.select(".flash.warning a").attr("href")).isEqualTo("/desk/topics/" + keptId);
        assertThat(DeskTestSupport.html(desk.get(editor, "/desk/topics?q=" + w))
                        .select(".topic-list a")
                        .eachText())
                .containsExactly(w + " conflict");
        assertThat(kept.getId()).isNotEqualTo(gone.getId());
    }
}

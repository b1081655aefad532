package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.IDN;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A right-to-left override, a Unicode line separator or a look-alike host (a punycode address whose name
 * mixes Cyrillic and Latin) were saved without a word; now they are saved and the desk says, on the claim's page
 * the form returns to and on the source's edit page, where each is and what it is.
 */
@IntegrationTest
class TextWarningDeskTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser reporter;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
    }

    @Test
    void theDeskWarnsOfDirectionControlsLineSeparatorsAndLookAlikeHosts() {
        var claim = desk.data.matsegoraLabourClaim();
        var page = "/desk/claims/" + claim.getId();
        assertThat(DeskTestSupport.html(desk.get(reporter, page)).select(".text-warnings"))
                .isEmpty();

        var host = IDN.toASCII("раypal.com");
        var saved = desk.post(
                        reporter,
                        page + "/sources",
                        "title",
                        "Statement \u202Efdp.exe",
                        "url",
                        "https://" + host + "/statement",
                        "kind",
                        "PRIMARY_DOCUMENT",
                        "stance",
                        "CONTRADICTS",
                        "publisher",
                        "Ministry")
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(desk.post(
                                reporter,
                                page + "/verdicts",
                                "ratingId",
                                String.valueOf(desk.rating("false")),
                                "summary",
                                "Not true.\u2028Really.",
                                "rationale",
                                "The figures say otherwise.")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);

        var warnings = DeskTestSupport.html(desk.get(reporter, page))
                .select(".text-warnings li")
                .eachText();
        assertThat(warnings)
                .contains(
                        "URL, source 1: the address goes to раypal.com, a name that mixes alphabets or imitates Latin"
                                + " letters. Make sure it is the site it looks like.",
                        "Title, source 1: holds a character that reverses the direction of the text (U+202E), so the"
                                + " words may show in another order than they were written.");
        assertThat(warnings).anyMatch(w -> w.contains("(U+2028)"));

        long source = desk.count("select id from source where claim_id = ?", claim.getId());
        var edit = DeskTestSupport.html(desk.get(reporter, page + "/sources/" + source + "/edit"));
        assertThat(edit.select(".text-warnings li").eachText())
                .anyMatch(w -> w.startsWith("URL: the address goes to раypal.com"));

        // an article recorded at a look-alike address says so on its desk page
        var article = desk.data.tribunWow();
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update article set url = ? where id = ?")
                .params("https://xn--80ak6aa92e.com/news/" + article.getId(), article.getId())
                .update();
        assertThat(DeskTestSupport.html(desk.get(reporter, "/desk/articles/" + article.getId()))
                        .select(".text-warnings li")
                        .eachText())
                .anyMatch(w -> w.contains("the address goes to аррӏе.com"));

        // a speaker's name reversed by an override says so on the speaker's desk page
        var speaker = desk.data.matsegora();
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update speaker set description = ? where id = ?")
                .params("Diplomat \u202Eniam\u202C.", speaker.getId())
                .update();
        assertThat(DeskTestSupport.html(desk.get(reporter, "/desk/speakers/" + speaker.getId()))
                        .select(".text-warnings li")
                        .eachText())
                .anyMatch(w -> w.contains("(U+202E)"));

        var indonesian = DeskTestSupport.html(mvc.get()
                .uri(page)
                .header("Accept-Language", "id")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        reporter))
                .exchange());
        assertThat(indonesian.select(".text-warnings li").eachText())
                .anyMatch(w -> w.contains("alamat ini menuju раypal.com"));
    }

    @Test
    void aTopicsDeskPageWarnsOfDirectionControlsInItsNamesAndDescriptions() {
        long topic = desk.count("select min(id) from topic where merged_into is null");
        var page = "/desk/topics/" + topic;
        desk.jdbc
                .sql("update topic set name_id = ?, description = ?, description_id = ? where id = ?")
                .params("Topik \u202Eilak\u202C", "Line one\u2028line two", "Deskripsi \u2067x\u2069", topic)
                .update();

        var warnings = DeskTestSupport.html(desk.get(reporter, page))
                .select(".text-warnings li")
                .eachText();
        assertThat(warnings)
                .anyMatch(w -> w.startsWith("Name in Bahasa Indonesia: ") && w.contains("(U+202E)"))
                .anyMatch(w -> w.startsWith("Description in English: ") && w.contains("(U+2028)"))
                .anyMatch(w -> w.startsWith("Description in Bahasa Indonesia: ") && w.contains("(U+2067)"));
    }

    @Test
    void aPublishedClaimsPendingUpdateIsWarnedOfOnTheClaimsDeskPage() {
        var claim = context.getBean(org.factline.claim.ClaimManagement.class)
                .findForDesk(new org.factline.timeline.PublicFixtures(context)
                        .published(org.factline.TestData.unique("Updated with care"), "Kalimat yang terbit.", 1, 1)
                        .getId())
                .orElseThrow();
        var page = "/desk/claims/" + claim.getId();
        assertThat(DeskTestSupport.html(desk.get(reporter, page)).select(".text-warnings"))
                .isEmpty();

        assertThat(desk.post(
                                reporter,
                                page + "/update",
                                "version",
                                String.valueOf(claim.getVersion()),
                                "speakerName",
                                claim.getSpeaker().getName(),
                                "claimText",
                                claim.getText(),
                                "language",
                                "id",
                                "summary",
                                claim.getSummary(),
                                "summaryIndonesian",
                                "Ringkasan \u202Ebalik\u202C",
                                "saidOn",
                                "2022-07-18",
                                "datePrecision",
                                "DAY",
                                "saidWhere",
                                "in a test",
                                "publicNote",
                                "Corrected.\u2028Really.")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(desk.post(
                                reporter,
                                page + "/update/sources",
                                "title",
                                "A \u2066hidden\u2069 source",
                                "url",
                                "https://" + IDN.toASCII("раypal.com") + "/proposed",
                                "kind",
                                "OTHER",
                                "stance",
                                "SUPPORTS")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(desk.post(
                                reporter,
                                page + "/update/appearances",
                                "articleUrl",
                                "https://xn--80ak6aa92e.com/seen-again-" + claim.getId(),
                                "articleTitle",
                                "Seen \u202Eagain",
                                "articleOutlet",
                                "Kompas",
                                "quote",
                                "kalimat yang terbit",
                                "quoteKind",
                                "PARAPHRASE",
                                "chain",
                                "")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);

        var warnings = DeskTestSupport.html(desk.get(reporter, page))
                .select(".text-warnings li")
                .eachText();
        assertThat(warnings)
                .anyMatch(w -> w.startsWith(
                                "Summary for readers and search engines (Bahasa Indonesia), proposed in the update: ")
                        && w.contains("(U+202E)"))
                .anyMatch(w -> w.contains("proposed in the update: ") && w.contains("(U+2028)"))
                .anyMatch(w -> w.startsWith("Title, source 2, proposed in the update: ") && w.contains("(U+2066)"))
                .anyMatch(w -> w.startsWith("URL, source 2, proposed in the update: the address goes to раypal.com"))
                .anyMatch(w -> w.contains("article 2, proposed in the update: the address goes to аррӏе.com"))
                .anyMatch(w -> w.contains("article 2, proposed in the update: ") && w.contains("(U+202E)"));
        // what the update leaves as the claim has it is not warned of twice
        assertThat(warnings).noneMatch(w -> w.startsWith("Summary for readers and search engines (English)"));
        // and the update's own form says the same
        assertThat(DeskTestSupport.html(desk.get(reporter, page + "/update"))
                        .select(".text-warnings li")
                        .eachText())
                .anyMatch(w -> w.startsWith(
                        "Summary for readers and search engines (Bahasa Indonesia), proposed in the" + " update: "))
                .anyMatch(w -> w.startsWith("URL, source 2, proposed in the update: the address goes to раypal.com"));
    }

    @Test
    void aFormThatComesBackWarnsOfWhatWasTyped() {
        var claim = desk.data.matsegoraLabourClaim();
        var refused = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/sources",
                        "title",
                        "",
                        "url",
                        "https://" + IDN.toASCII("раypal.com") + "/typed",
                        "kind",
                        "OTHER",
                        "stance",
                        "SUPPORTS")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(DeskTestSupport.html(refused).select(".text-warnings li").eachText())
                .contains("URL: the address goes to раypal.com, a name that mixes alphabets or imitates Latin"
                        + " letters. Make sure it is the site it looks like.");

        long topic = desk.count("select max(id) from topic where merged_into is null");
        var version = desk.count("select version from topic where id = ?", topic);
        var topicForm = desk.post(
                        reporter,
                        "/desk/topics/" + topic + "/edit",
                        "version",
                        String.valueOf(version),
                        "name",
                        "x".repeat(500),
                        "description",
                        "Typed \u202Ebackwards")
                .exchange();
        assertThat(topicForm).hasStatusOk();
        assertThat(DeskTestSupport.html(topicForm).select(".text-warnings li").eachText())
                .anyMatch(w -> w.startsWith("Description in English: ") && w.contains("(U+202E)"));
    }

    @Test
    void theVerdictsTextsInBothLanguagesAreWarnedOf() {
        var claim = desk.data.matsegoraLabourClaim();
        var page = "/desk/claims/" + claim.getId();
        assertThat(desk.post(
                                reporter,
                                page + "/verdicts",
                                "ratingId",
                                String.valueOf(desk.rating("false")),
                                "summary",
                                "Not true.",
                                "summaryIndonesian",
                                "Tidak \u202Ebenar",
                                "rationale",
                                "The figures say otherwise.",
                                "rationaleIndonesian",
                                "Angka\u2029berkata lain.")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(DeskTestSupport.html(desk.get(reporter, page))
                        .select(".text-warnings li")
                        .eachText())
                .anyMatch(w -> w.startsWith("One-sentence conclusion (Bahasa Indonesia): ") && w.contains("(U+202E)"))
                .anyMatch(w -> w.startsWith("Why (Bahasa Indonesia): ") && w.contains("(U+2029)"));
    }
}

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
}

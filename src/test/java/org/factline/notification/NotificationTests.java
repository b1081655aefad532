package org.factline.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.reportPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.factline.IntegrationTest;
import org.factline.ReviewLoopFixtures;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.AppUser;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * In-app notifications: each kind reaches the person it concerns (and nobody of their own action), the
 * desk menu counts the unread ones, the list shows them in words with the reviewer's comment, and opening
 * one or "mark all read" marks them read.
 */
@IntegrationTest
class NotificationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    TestData data;
    ReviewLoopFixtures loop;
    NotificationSupport people;

    @BeforeEach
    void setUp() {
        data = new TestData(context);
        loop = new ReviewLoopFixtures(context);
        people = new NotificationSupport(mvc, context);
    }

    @Test
    void eachKindOfNotificationReachesItsPersonCountedInTheDeskMenuAndListedInWords() {
        var reporter = data.user(Role.REPORTER);
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var summary = TestData.unique("Rice prices fell");
        var claim = loop.draft(
                reporter,
                data.matsegora(),
                summary,
                "Rice prices fell by eight percent.",
                LocalDate.of(2022, 8, 1),
                "Rice");
        assertThat(people.unread(reporter)).isZero();

        // assigned to me, from the claim's desk page
        assertThat(mvc.post()
                        .uri("/desk/claims/" + claim.getId() + "/assign")
                        .with(user(principal(editor)))
                        .with(csrf())
                        .param("assignee", reporter.getId().toString())
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        // my verdict sent back, then published
        var verdict = loop.submittedVerdict(claim.getId(), reporter);
        loop.sendBack(verdict, editor, "Add the ministry's own figures.");
        loop.publish(loop.submitAgain(verdict), editor);
        // my update of the published claim sent back, then published
        var newSummary = TestData.unique("Rice prices rose");
        var update = loop.submittedUpdate(claim.getId(), reporter, newSummary);
        loop.sendBack(update, editor, "Say which month.");
        loop.publish(loop.submitAgain(update), editor);

        assertThat(people.kinds(reporter))
                .containsExactly(
                        "UPDATE_PUBLISHED", "UPDATE_SENT_BACK", "VERDICT_PUBLISHED", "VERDICT_SENT_BACK", "ASSIGNED");
        // the one who acted is told nothing of it
        assertThat(people.kinds(editor)).isEmpty();

        // a reader report reaches every active editor, not reporters
        var otherEditor = data.user(Role.EDITOR);
        var disabledEditor = data.user(Role.EDITOR);
        accounts.setEnabled(disabledEditor.getId(), false, otherEditor.getId());
        var path = jdbc.sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
        assertThat(mvc.post()
                        .uri(reportPath(path))
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2." + (int) (Math.random() * 250));
                            return request;
                        })
                        .param("message", "The percentage in the second paragraph is wrong.")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(people.kinds(editor)).containsExactly("READER_REPORT");
        assertThat(people.kinds(otherEditor)).containsExactly("READER_REPORT");
        assertThat(people.kinds(disabledEditor)).isEmpty();
        assertThat(people.kinds(reporter)).doesNotContain("READER_REPORT");

        // the desk menu counts them; the list says each in words (the claim by its current summary), with the
        // reviewer's comment
        var page = html(people.get(reporter, "/desk/notifications"));
        assertThat(page.select(".desk-nav .notifications-link .unread-count").text())
                .isEqualTo("5");
        assertThat(page.select(".notification.unread")).hasSize(5);
        var text = page.select(".notification-list").text();
        assertThat(text)
                .contains(editor.getDisplayName() + " assigned you the claim \"" + newSummary + "\".")
                .contains(editor.getDisplayName() + " sent your verdict on \"")
                .contains("Add the ministry's own figures.")
                .contains("Say which month.")
                .contains(editor.getDisplayName() + " published your update of \"");
        assertThat(html(people.get(editor, "/desk/notifications"))
                        .select(".notification-list")
                        .text())
                .contains("A reader reported an error on \"");
        var indonesian = html(mvc.get()
                .uri("/desk/notifications")
                .with(user(principal(reporter)))
                .header("Accept-Language", "id")
                .exchange());
        assertThat(indonesian.select(".notification-list").text())
                .contains(editor.getDisplayName() + " menugaskan klaim \"" + newSummary + "\" kepada Anda.");

        // opening one marks it read and leads to its page
        long sentBack = id(reporter, "VERDICT_SENT_BACK");
        assertThat(people.post(reporter, "/desk/notifications/" + sentBack + "/read"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/desk/claims/" + claim.getId() + "#verdict");
        assertThat(people.unread(reporter)).isEqualTo(4);
        assertThat(html(people.get(reporter, "/desk"))
                        .select(".notifications-link .unread-count")
                        .text())
                .isEqualTo("4");

        // someone else's notification is not found, and stays unread
        long editorsReport = id(editor, "READER_REPORT");
        assertThat(people.post(reporter, "/desk/notifications/" + editorsReport + "/read"))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(people.unread(editor)).isOne();

        // all read at once: no count left in the menu
        assertThat(people.post(reporter, "/desk/notifications/read")).hasStatus(HttpStatus.FOUND);
        assertThat(people.unread(reporter)).isZero();
        assertThat(html(people.get(reporter, "/desk")).select(".notifications-link .unread-count"))
                .isEmpty();
    }

    @Test
    void assigningAClaimToOneselfTellsNobodyAndTheSettingsFormRefusesAnUnknownLanguage() {
        var reporter = data.user(Role.REPORTER);
        var claim = loop.draft(
                reporter, data.matsegora(), TestData.unique("Mine"), "My own claim.", LocalDate.of(2022, 8, 2), "Rice");
        assertThat(people.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/assign",
                        "assignee",
                        reporter.getId().toString()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(people.kinds(reporter)).isEmpty();

        var refused = people.post(reporter, "/desk/notifications/settings", "language", "fr", "email", "true");
        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(refused.getMvcResult().getFlashMap().get("error")).isEqualTo("notification.error.language");
        assertThat(jdbc.sql("select count(*) from notification_setting where user_id = ?")
                        .param(reporter.getId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(people.post(reporter, "/desk/notifications/settings", "language", "id"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select language || ' ' || email from notification_setting where user_id = ?")
                        .param(reporter.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("id false");
    }

    private FactlineUser principal(AppUser person) {
        return accounts.principal(person.getId());
    }

    private long id(AppUser person, String kind) {
        return jdbc.sql("select id from notification where recipient_id = ? and kind = ?")
                .params(person.getId(), kind)
                .query(Long.class)
                .single();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.factline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factline.ReviewLoopFixtures;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.AppUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Notifications by e-mail, against a real SMTP server (GreenMail) started by the test: sent after the action
 * commits, in the recipient's language, with the reviewer's comment and the link to the desk; not to someone
 * who turned e-mail off; and a mail server that is down fails nothing the person did.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "factline.public.url=https://desk.factline.test"})
@AutoConfigureMockMvc
class NotificationMailTests {

    private static final int PORT = freePort();

    /** Generous: the mail goes out on its own thread once the action committed, on a busy machine. */
    private static final long WAIT_MILLIS = Duration.ofSeconds(60).toMillis();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

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
    void anAssignmentIsMailedInTheRecipientsLanguageWithTheLinkToTheClaim() throws Exception {
        var reporter = data.user(Role.REPORTER);
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var summary = TestData.unique("Harga beras turun");
        var claim = loop.draft(
                reporter, data.matsegora(), summary, "Harga beras turun.", LocalDate.of(2022, 8, 1), "Beras");
        assertThat(people.post(reporter, "/desk/notifications/settings", "language", "id", "email", "true"))
                .hasStatus(HttpStatus.FOUND);

        assertThat(people.post(
                        editor,
                        "/desk/claims/" + claim.getId() + "/assign",
                        "assignee",
                        reporter.getId().toString()))
                .hasStatus(HttpStatus.FOUND);

        var mail = mailTo(reporter);
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("Factline <factline@localhost>");
        assertThat(mail.getSubject())
                .isEqualTo(
                        "[Factline] " + editor.getDisplayName() + " menugaskan klaim \"" + summary + "\" kepada Anda.");
        assertThat(mail.getContent().toString())
                .contains("Buka di meja redaksi: https://desk.factline.test/desk/claims/" + claim.getId())
                .contains("https://desk.factline.test/desk/notifications");
    }

    @Test
    void aSentBackVerdictIsMailedWithTheCommentButNotToSomeoneWhoTurnedEmailOff() throws Exception {
        var quiet = data.user(Role.REPORTER);
        var reporter = data.user(Role.REPORTER);
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        assertThat(people.post(quiet, "/desk/notifications/settings", "language", "en"))
                .hasStatus(HttpStatus.FOUND);
        var quietClaim = loop.draft(
                quiet, data.matsegora(), TestData.unique("Quiet"), "A quiet claim.", LocalDate.of(2022, 8, 3), "Rice");
        var summary = TestData.unique("Rice prices fell");
        var claim =
                loop.draft(reporter, data.matsegora(), summary, "Rice prices fell.", LocalDate.of(2022, 8, 4), "Rice");

        // the quiet reporter's notification is written first, then the other's: one mail thread sends in order
        loop.sendBack(loop.submittedVerdict(quietClaim.getId(), quiet), editor, "Not mailed.");
        loop.sendBack(loop.submittedVerdict(claim.getId(), reporter), editor, "Add the ministry's own figures.");

        var mail = mailTo(reporter);
        assertThat(to(quiet)).isEmpty();
        assertThat(mail.getSubject())
                .isEqualTo("[Factline] " + editor.getDisplayName() + " sent your verdict on \"" + summary + "\" back.");
        assertThat(mail.getContent().toString().replace("\r\n", "\n"))
                .contains("Comment:\nAdd the ministry's own figures.")
                .contains("Open it on the desk: https://desk.factline.test/desk/claims/" + claim.getId() + "#verdict");
        assertThat(people.unread(quiet)).isOne();
        awaitMailStatus(
                jdbc.sql("select id from notification where recipient_id = ?")
                        .param(quiet.getId())
                        .query(Long.class)
                        .single(),
                "OFF");
    }

    @Test
    void aMailServerThatIsDownFailsNothingAndTheNextMailStillGoesOut() throws Exception {
        var reporter = data.user(Role.REPORTER);
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var first = loop.draft(
                reporter, data.matsegora(), TestData.unique("First"), "First claim.", LocalDate.of(2022, 8, 5), "Rice");
        var second = loop.draft(
                reporter,
                data.matsegora(),
                TestData.unique("Second"),
                "Second claim.",
                LocalDate.of(2022, 8, 6),
                "Rice");

        smtp.stop();
        assertThat(people.post(
                        editor,
                        "/desk/claims/" + first.getId() + "/assign",
                        "assignee",
                        reporter.getId().toString()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select assigned_to from claim where id = ?")
                        .param(first.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(reporter.getId());
        assertThat(people.unread(reporter)).isOne();
        // the mail was tried, failed, and that is on record; nothing else changed
        var failed = jdbc.sql("select id from notification where recipient_id = ?")
                .param(reporter.getId())
                .query(Long.class)
                .single();
        awaitMailStatus(failed, "FAILED");

        smtp.start();
        assertThat(people.post(
                        editor,
                        "/desk/claims/" + second.getId() + "/assign",
                        "assignee",
                        reporter.getId().toString()))
                .hasStatus(HttpStatus.FOUND);
        var mail = mailTo(reporter);
        assertThat(mail.getSubject()).contains(second.getSummary());
        assertThat(people.unread(reporter)).isEqualTo(2);
        // the server has the mail before the sender records it as sent: wait for that record
        awaitMailStatus(
                jdbc.sql("select max(id) from notification where recipient_id = ?")
                        .param(reporter.getId())
                        .query(Long.class)
                        .single(),
                "SENT");
        assertThat(jdbc.sql("select mail_status from notification where recipient_id = ? order by id")
                        .param(reporter.getId())
                        .query(String.class)
                        .list())
                .containsExactly("FAILED", "SENT");
    }

    /**
     * Waits (polling, within a generous bound) until the server received a message to this person, and
     * returns it, the only one to them. (The demo data's publications mail the demo accounts at start.)
     */
    private MimeMessage mailTo(AppUser person) throws Exception {
        var deadline = System.nanoTime() + Duration.ofMillis(WAIT_MILLIS).toNanos();
        while (true) {
            var mine = to(person);
            if (!mine.isEmpty() || System.nanoTime() > deadline) {
                assertThat(mine).as("mail to " + person.getEmail()).hasSize(1);
                return mine.get(0);
            }
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
    }

    private List<MimeMessage> to(AppUser person) throws Exception {
        var mine = new ArrayList<MimeMessage>();
        for (var message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(person.getEmail()))) {
                mine.add(message);
            }
        }
        return mine;
    }

    /** Polls (within a generous bound) until the notification's mail was tried. */
    private void awaitMailStatus(long notificationId, String status) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMillis(WAIT_MILLIS).toNanos();
        String now;
        do {
            now = jdbc.sql("select coalesce(mail_status, 'NONE') from notification where id = ?")
                    .param(notificationId)
                    .query(String.class)
                    .single();
            if (status.equals(now)) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(now).as("mail status of notification " + notificationId).isEqualTo(status);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

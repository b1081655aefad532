package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factline.IntegrationTest;
import org.factline.ReviewLoopFixtures;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.Role;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The review queue says whose work waits, since when (the newsroom's time) and for how long, oldest first;
 * a draft sent back is marked on its author's desk with the reviewer's comment until it is submitted again.
 */
@IntegrationTest
class ReviewQueueTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Test
    void theQueueShowsAuthorSubmissionAndWaitingTimeOldestFirst() {
        var desk = new DeskTestSupport(mvc, context);
        var loop = new ReviewLoopFixtures(context);
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        var older = desk.data.user(Role.REPORTER);
        var newer = desk.data.user(Role.REPORTER);
        var olderSummary = TestData.unique("Waiting long");
        var newerSummary = TestData.unique("Waiting briefly");
        // the newer is submitted first: the queue goes by when each was submitted, not by id
        var newerClaim =
                loop.draft(newer, desk.data.matsegora(), newerSummary, "Newer.", LocalDate.of(2022, 8, 12), "Rice");
        var olderClaim =
                loop.draft(older, desk.data.matsegora(), olderSummary, "Older.", LocalDate.of(2022, 8, 13), "Rice");
        var newerVerdict = loop.submittedVerdict(newerClaim.getId(), newer);
        var olderVerdict = loop.submittedVerdict(olderClaim.getId(), older);
        desk.jdbc
                .sql("update verdict set submitted_at = now() - interval '2 days 3 hours 10 minutes' where id = ?")
                .param(olderVerdict.getId())
                .update();
        desk.jdbc
                .sql("update verdict set submitted_at = now() - interval '40 minutes 1 second' where id = ?")
                .param(newerVerdict.getId())
                .update();
        var submitted = desk.jdbc
                .sql("select submitted_at from verdict where id = ?")
                .param(olderVerdict.getId())
                .query(java.time.Instant.class)
                .single();

        var queue = DeskTestSupport.html(desk.get(editor, "/desk"))
                .select(".review-queue")
                .first();
        var items = queue.select("li").stream()
                .filter(li -> li.text().contains(olderSummary) || li.text().contains(newerSummary))
                .toList();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).text()).contains(olderSummary);
        assertThat(items.get(1).text()).contains(newerSummary);
        Element first = items.get(0);
        assertThat(first.select(".author").text()).isEqualTo("by " + older.getDisplayName());
        var dates = context.getBean(org.factline.system.Dates.class);
        assertThat(first.select(".submitted").text())
                .isEqualTo("submitted " + dates.dayTimeZone(submitted, java.util.Locale.ENGLISH));
        assertThat(first.select(".submitted").text()).endsWith("WIB");
        assertThat(first.select(".waited").text()).isEqualTo("waiting 2 days 3 hours");
        assertThat(items.get(1).select(".waited").text()).isEqualTo("waiting 40 minutes");

        var indonesian = DeskTestSupport.html(
                        mvc.get()
                                .uri("/desk")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(editor))
                                .header("Accept-Language", "id")
                                .exchange())
                .select(".review-queue li")
                .stream()
                .filter(li -> li.text().contains(olderSummary))
                .findFirst()
                .orElseThrow();
        assertThat(indonesian.select(".waited").text()).isEqualTo("menunggu 2 hari 3 jam");
        assertThat(indonesian.select(".author").text()).isEqualTo("oleh " + older.getDisplayName());
    }

    @Test
    void aSentBackDraftIsMarkedOnItsAuthorsDeskWithTheCommentUntilSubmittedAgain() {
        var desk = new DeskTestSupport(mvc, context);
        var loop = new ReviewLoopFixtures(context);
        var editorAccount = desk.data.user(Role.REPORTER, Role.EDITOR);
        var authorAccount = desk.data.user(Role.REPORTER);
        var author = accounts.principal(authorAccount.getId());
        var summary = TestData.unique("Sent back");
        var claim =
                loop.draft(authorAccount, desk.data.matsegora(), summary, "Back.", LocalDate.of(2022, 8, 14), "Rice");
        var verdict = loop.submittedVerdict(claim.getId(), authorAccount);
        var before = DeskTestSupport.html(desk.get(author, "/desk"));
        assertThat(before.select(".sent-back").text()).doesNotContain(summary);

        loop.sendBack(verdict, editorAccount, "Add the ministry's own figures.");

        var page = DeskTestSupport.html(desk.get(author, "/desk"));
        assertThat(page.select(".sent-back li").text())
                .contains(summary)
                .contains("Verdict sent back by " + editorAccount.getDisplayName())
                .contains("Add the ministry's own figures.");
        var draftRow = page.select("#drafts-heading + p + ul li, #drafts-heading ~ ul li").stream()
                .filter(li -> li.text().contains(summary))
                .findFirst()
                .orElseThrow();
        assertThat(draftRow.select(".sent-back-mark").text()).isEqualTo("sent back");

        loop.submitAgain(verdict);
        var after = DeskTestSupport.html(desk.get(author, "/desk"));
        assertThat(after.select(".sent-back").text()).doesNotContain(summary);
        assertThat(after.select(".sent-back-mark")).isEmpty();
    }
}

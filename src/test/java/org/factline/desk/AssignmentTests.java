package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.factline.IntegrationTest;
import org.factline.ReviewLoopFixtures;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A claim assigned to a colleague from its desk page: the assignee finds it under "Assigned to me", the
 * claim's history says who assigned it to whom, in words; only active reporters and editors can be chosen,
 * and anything else is refused with our 400 page, changing nothing.
 */
@IntegrationTest
class AssignmentTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Test
    void anEditorAssignsAClaimTheAssigneeSeesItAndTheHistorySaysSo() {
        var desk = new DeskTestSupport(mvc, context);
        var loop = new ReviewLoopFixtures(context);
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        var reporterAccount = desk.data.user(Role.REPORTER);
        var reporter = accounts.principal(reporterAccount.getId());
        var disabled = desk.data.user(Role.REPORTER);
        accounts.setEnabled(disabled.getId(), false, editor.userId());
        var adminOnly = desk.data.user(Role.ADMIN);
        var summary = TestData.unique("Assign me");
        var claim = loop.draft(
                reporterAccount,
                desk.data.matsegora(),
                summary,
                "A claim to assign.",
                LocalDate.of(2022, 8, 10),
                "Rice");

        // the claim page offers the active reporters and editors, and "no one"
        var page = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()));
        var choices = page.select("form.assign-form select[name=assignee] option");
        assertThat(choices.eachAttr("value"))
                .contains("none", reporterAccount.getId().toString(), String.valueOf(editor.userId()))
                .doesNotContain(disabled.getId().toString(), adminOnly.getId().toString());
        assertThat(page.select("form.assign-form option[selected]").attr("value"))
                .isEqualTo("none");

        assertThat(desk.post(
                                editor,
                                "/desk/claims/" + claim.getId() + "/assign",
                                "assignee",
                                reporterAccount.getId().toString())
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/desk/claims/" + claim.getId());
        assertThat(desk.count("select assigned_to from claim where id = ?", claim.getId()))
                .isEqualTo(reporterAccount.getId());
        assertThat(DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()))
                        .select("form.assign-form option[selected]")
                        .text())
                .isEqualTo(reporterAccount.getDisplayName());

        // assigned to me, on the assignee's desk only
        assertThat(DeskTestSupport.html(desk.get(reporter, "/desk"))
                        .select(".assigned-to-me li")
                        .text())
                .contains(summary);
        assertThat(DeskTestSupport.html(desk.get(editor, "/desk"))
                        .select(".assigned-to-me li")
                        .text())
                .doesNotContain(summary);

        // the history says it in words, in both languages
        var history = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId() + "/history"));
        assertThat(history.text())
                .contains(editor.displayName() + " · assigned the claim")
                .contains("Assigned to")
                .contains(reporterAccount.getDisplayName());
        assertThat(history.text()).doesNotContain("assignedTo");
        var indonesian = DeskTestSupport.html(mvc.get()
                .uri("/desk/claims/" + claim.getId() + "/history")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        editor))
                .header("Accept-Language", "id")
                .exchange());
        assertThat(indonesian.text()).contains("menugaskan klaim").contains("Ditugaskan kepada");

        // no one again
        assertThat(desk.post(editor, "/desk/claims/" + claim.getId() + "/assign", "assignee", "none")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(desk.count("select count(*) from claim where id = ? and assigned_to is null", claim.getId()))
                .isOne();
    }

    @Test
    void anAssigneeWhoCannotBeGivenWorkIsRefusedWithOurPageAndNothingChanges() {
        var desk = new DeskTestSupport(mvc, context);
        var loop = new ReviewLoopFixtures(context);
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        var author = desk.data.user(Role.REPORTER);
        var disabled = desk.data.user(Role.REPORTER);
        accounts.setEnabled(disabled.getId(), false, editor.userId());
        var claim = loop.draft(
                author, desk.data.matsegora(), TestData.unique("Keep"), "Kept.", LocalDate.of(2022, 8, 11), "Rice");
        var uri = "/desk/claims/" + claim.getId() + "/assign";

        for (var bad : new String[] {"999999999", disabled.getId().toString(), "abc", "", "1 OR 1=1"}) {
            var refused = desk.post(editor, uri, "assignee", bad).exchange();
            assertThat(refused).as(bad).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(DeskTestSupport.html(refused).select(".filter-problem").text())
                    .as(bad)
                    .contains("must be \"none\" or one of the reporters and editors who can be given work");
        }
        assertThat(desk.post(
                                editor,
                                "/desk/claims/999999999/assign",
                                "assignee",
                                author.getId().toString())
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(desk.count("select count(*) from claim where id = ? and assigned_to is null", claim.getId()))
                .isOne();
    }
}

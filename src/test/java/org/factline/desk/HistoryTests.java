package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every change to a claim, its sources and verdicts is recorded with who made it, field by field. */
@IntegrationTest
class HistoryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theHistoryPageShowsEachStepWithWhoAndWhatChanged() {
        var desk = new DeskTestSupport(mvc, context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        var claim = desk.data.matsegoraLabourClaim();

        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/sources",
                        "title",
                        "UN Security Council resolution 2397 (2017)",
                        "kind",
                        "PRIMARY_DOCUMENT",
                        "stance",
                        "CONTRADICTS")
                .exchange();
        desk.post(
                        editor,
                        "/desk/claims/" + claim.getId() + "/edit",
                        "version",
                        String.valueOf(claim.getVersion()),
                        "speakerName",
                        claim.getSpeaker().getName(),
                        "claimText",
                        claim.getText(),
                        "language",
                        "id",
                        "summary",
                        "Workers from North Korea for Donbas",
                        "saidOn",
                        "2022-07-01",
                        "datePrecision",
                        "MONTH",
                        "topics",
                        "North Korea, Russia and Donbas")
                .exchange();
        long rating = desk.count(
                "select r.id from rating r join rating_scale s on s.id = r.scale_id where s.slug = 'default' and r.code = 'misleading'");
        desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/verdicts",
                        "ratingId",
                        String.valueOf(rating),
                        "summary",
                        "Sanctions forbid it.",
                        "rationale",
                        "Resolution 2397.")
                .exchange();

        var page = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId() + "/history"));
        var changes = page.select("li.change");
        assertThat(changes).hasSizeGreaterThanOrEqualTo(4);
        var text = page.select("ol.history").text();
        assertThat(text).contains(reporter.displayName() + " · created the source");
        assertThat(text).contains(editor.displayName() + " · changed the claim");
        assertThat(text).contains(reporter.displayName() + " · created the verdict");
        var summaryChange = page.select("li.change:contains(changed the claim) tr:has(th:matchesOwn(^Summary$))");
        assertThat(summaryChange.select("del").text()).isEqualTo("North Korean workers could rebuild Donbas");
        assertThat(summaryChange.select("ins").text()).isEqualTo("Workers from North Korea for Donbas");
        assertThat(page.select("li.change:contains(created the verdict) tr:has(th:matchesOwn(^Rating$)) ins")
                        .text())
                .isEqualTo("Misleading");
    }
}

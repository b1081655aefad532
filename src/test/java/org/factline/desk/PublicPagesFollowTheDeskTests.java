package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Public pages are cached, but a reader never sees a page older than an editor's save: a source edit,
 * a claim edit or a retraction shows on the very next request.
 */
@IntegrationTest
class PublicPagesFollowTheDeskTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void editsOfAPublishedClaimShowAtOnceAndRetractingHidesIt() {
        var desk = new DeskTestSupport(mvc, context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        var claim = desk.data.matsegoraLabourClaim();
        long claimId = claim.getId();
        desk.post(
                        reporter,
                        "/desk/claims/" + claimId + "/sources",
                        "title",
                        "First title",
                        "kind",
                        "OTHER",
                        "stance",
                        "CONTEXT")
                .exchange();
        long rating = desk.count(
                "select r.id from rating r join rating_scale s on s.id = r.scale_id where s.slug = 'default' and r.code = 'false'");
        desk.post(
                        reporter,
                        "/desk/claims/" + claimId + "/verdicts",
                        "ratingId",
                        String.valueOf(rating),
                        "summary",
                        "No.",
                        "rationale",
                        "Because.")
                .exchange();
        long verdictId = desk.count("select id from verdict where claim_id = ?", claimId);
        desk.post(
                        reporter,
                        "/desk/verdicts/" + verdictId + "/submit",
                        "version",
                        String.valueOf(desk.count("select version from verdict where id = ?", verdictId)))
                .exchange();
        desk.post(
                        editor,
                        "/desk/verdicts/" + verdictId + "/publish",
                        "version",
                        String.valueOf(desk.count("select version from verdict where id = ?", verdictId)))
                .exchange();
        var path = desk.jdbc
                .sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claimId)
                .query(String.class)
                .single();
        assertThat(DeskTestSupport.html(mvc.get().uri(path).exchange())
                        .select(".sources")
                        .text())
                .contains("First title");
        // served twice so that the second answer comes from the cache
        assertThat(DeskTestSupport.html(mvc.get().uri(path).exchange())
                        .select(".sources")
                        .text())
                .contains("First title");

        // a published claim's source changes in its update: readers see it once that is published
        long sourceId = desk.count("select id from source where claim_id = ?", claimId);
        desk.post(
                        reporter,
                        "/desk/claims/" + claimId + "/update/sources/" + sourceId,
                        "version",
                        String.valueOf(desk.count("select version from source where id = ?", sourceId)),
                        "title",
                        "Corrected title",
                        "kind",
                        "OTHER",
                        "stance",
                        "CONTEXT")
                .exchange();
        assertThat(DeskTestSupport.html(mvc.get().uri(path).exchange())
                        .select(".sources")
                        .text())
                .contains("First title");

        // a published claim's words change through an update that another editor publishes
        long updateId = desk.count("select id from claim_update where claim_id = ?", claimId);
        desk.post(
                        reporter,
                        "/desk/claims/" + claimId + "/update",
                        "updateId",
                        String.valueOf(updateId),
                        "version",
                        String.valueOf(desk.count("select version from claim_update where id = ?", updateId)),
                        "speakerName",
                        claim.getSpeaker().getName(),
                        "claimText",
                        claim.getText(),
                        "language",
                        "id",
                        "summary",
                        "Edited summary for readers",
                        "saidOn",
                        "2022-07",
                        "datePrecision",
                        "MONTH",
                        "publicNote",
                        "The summary was reworded.")
                .exchange();
        desk.post(
                        reporter,
                        "/desk/updates/" + updateId + "/submit",
                        "claimId",
                        String.valueOf(claimId),
                        "version",
                        String.valueOf(desk.count("select version from claim_update where id = ?", updateId)))
                .exchange();
        desk.post(
                        editor,
                        "/desk/updates/" + updateId + "/publish",
                        "claimId",
                        String.valueOf(claimId),
                        "version",
                        String.valueOf(desk.count("select version from claim_update where id = ?", updateId)),
                        "publicNote",
                        "The summary was reworded.")
                .exchange();
        var edited = DeskTestSupport.html(mvc.get().uri(path).exchange());
        assertThat(edited.select("h1").text()).isEqualTo("Edited summary for readers");
        assertThat(edited.select(".sources").text()).contains("Corrected title").doesNotContain("First title");

        assertThat(desk.post(
                                editor,
                                "/desk/claims/" + claimId + "/unpublish",
                                "confirm",
                                "yes",
                                "reason",
                                "Retracted in a test.")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(path).exchange()).hasStatus(HttpStatus.GONE);
    }
}

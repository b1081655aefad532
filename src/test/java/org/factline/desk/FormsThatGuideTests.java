package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Desk forms that guide: nothing chosen for the editor, errors they can reach, inputs that fit. */
@IntegrationTest
class FormsThatGuideTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser reporter;
    Claim claim;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
        claim = desk.data.matsegoraLabourClaim();
    }

    @Test
    void aNewSourceHasNoStanceOrKindChosenAndIsRefusedWithoutThem() {
        var form = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()))
                .selectFirst("#source-form");
        assertThat(form).isNotNull();
        for (var field : new String[] {"stance", "kind"}) {
            assertThat(form.select("select[name=" + field + "] option[selected]"))
                    .as(field)
                    .isEmpty();
            assertThat(form.select("select[name=" + field + "] option").first().val())
                    .as(field)
                    .isEmpty();
        }

        var refused = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/sources",
                        "title",
                        "UN Security Council resolution 2397 (2017)",
                        "stance",
                        "",
                        "kind",
                        "")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.OK);
        assertThat(DeskTestSupport.fieldError(refused, "stance")).contains("contradicts");
        assertThat(DeskTestSupport.fieldError(refused, "kind")).contains("kind of source");
        assertThat(DeskTestSupport.html(refused)
                        .select("#source-form input[name=title]")
                        .val())
                .isEqualTo("UN Security Council resolution 2397 (2017)");
        assertThat(desk.count("select count(*) from source where claim_id = ?", claim.getId()))
                .isZero();
    }

    @Test
    void aRefusedVerdictSaysWhereItsErrorsAreAndLeadsToThem() {
        var refused = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/verdicts",
                        "ratingId",
                        "",
                        "summary",
                        "",
                        "rationale",
                        "Sanctions forbid it.")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.OK);
        var page = DeskTestSupport.html(refused);
        for (var field : new String[] {"ratingId", "summary"}) {
            var input = page.getElementById(field);
            assertThat(input).as(field).isNotNull();
            assertThat(input.attr("aria-invalid")).as(field).isEqualTo("true");
            var message = page.getElementById(input.attr("aria-describedby"));
            assertThat(message).as(field).isNotNull();
            assertThat(message.text()).as(field).isNotBlank();
            assertThat(page.select("#error-summary a[href=#" + field + "]"))
                    .as(field)
                    .hasSize(1);
        }
        assertThat(page.getElementById("rationale").hasAttr("aria-invalid")).isFalse();
    }

    @Test
    void theWorkspaceAsksForSourcesBeforeTheVerdict() {
        var headings = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()))
                .select("h2")
                .eachAttr("id");
        assertThat(headings).containsSubsequence("sources-heading", "verdict-heading");
    }
}

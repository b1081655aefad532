package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.factline.IntegrationTest;
import org.factline.account.Role;
import org.factline.claim.ClaimManagement;
import org.factline.claim.NewAppearance;
import org.factline.claim.QuoteKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The desk's pages are valid HTML by the Nu Html Checker, so screen readers and keyboards can rely on them. */
@IntegrationTest
class DeskHtmlValidityTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyDeskPageHasNoValidationErrors() throws Exception {
        var desk = new DeskTestSupport(mvc, context);
        var admin = desk.person(Role.REPORTER, Role.EDITOR, Role.ADMIN);
        var claim = desk.data.matsegoraLabourClaim();
        long articleId = desk.count("select article_id from appearance where claim_id = ?", claim.getId());
        desk.post(
                        admin,
                        "/desk/claims/" + claim.getId() + "/sources",
                        "title",
                        "Source",
                        "kind",
                        "OTHER",
                        "stance",
                        "CONTEXT")
                .exchange();
        long sourceId = desk.count("select id from source where claim_id = ?", claim.getId());
        long rating = desk.count(
                "select r.id from rating r join rating_scale s on s.id = r.scale_id where s.slug = 'default' and r.code = 'false'");
        desk.post(
                        admin,
                        "/desk/claims/" + claim.getId() + "/verdicts",
                        "ratingId",
                        String.valueOf(rating),
                        "summary",
                        "No.",
                        "rationale",
                        "Because.")
                .exchange();
        long verdictId = desk.count("select id from verdict where claim_id = ?", claim.getId());
        // a direct quote not in the article's stored text: its warning on the claim, its line on the desk
        context.getBean(ClaimManagement.class)
                .addAppearance(
                        claim.getId(),
                        new NewAppearance(
                                articleId, "Kata-kata lain", null, null, QuoteKind.DIRECT, List.of(), true, "Edited."));

        // published claims with an update: one drafted, one waiting for the admin's review
        var fixtures = new org.factline.timeline.PublicFixtures(context);
        var updates = context.getBean(org.factline.claim.ClaimUpdateManagement.class);
        var author = desk.data.user(Role.REPORTER);
        long drafted = fixtures.published("An update drafted", "Kalimat.", 1, 1).getId();
        long inReview =
                fixtures.published("An update in review", "Kalimat.", 1, 1).getId();
        for (long id : List.of(drafted, inReview)) {
            var claimOf = context.getBean(ClaimManagement.class).findForDesk(id).orElseThrow();
            var update = updates.propose(
                    id,
                    null,
                    claimOf.getVersion(),
                    new org.factline.claim.ClaimEdit(
                            claimOf.getSpeaker().getName(),
                            "Kalimat yang diperbarui.",
                            "id",
                            null,
                            null,
                            "An update, reworded",
                            null,
                            claimOf.getSaid().getDate(),
                            claimOf.getSaid().getPrecision(),
                            null,
                            List.of()),
                    "Reworded.",
                    false,
                    author.getId());
            if (id == inReview) {
                updates.submit(update.getId(), update.getVersion());
            }
        }

        List<String> pages = List.of(
                "/desk/claims/" + drafted,
                "/desk/claims/" + drafted + "/update",
                "/desk/claims/" + inReview,
                "/desk",
                "/desk?status=DRAFT&sort=speaker&dir=asc",
                "/desk/articles/new",
                "/desk/articles/" + articleId,
                "/desk/articles/" + articleId + "/claims/new",
                "/desk/claims/" + claim.getId(),
                "/desk/claims/" + claim.getId() + "/edit",
                "/desk/claims/" + claim.getId() + "/history",
                "/desk/claims/" + claim.getId() + "/sources/" + sourceId + "/edit",
                "/desk/claims/" + claim.getId() + "/sources/" + sourceId + "/delete",
                "/desk/verdicts/" + verdictId + "/edit",
                "/admin/users",
                "/admin/scales",
                "/account/password");
        // a published claim's retraction page, and a retracted one's desk page with its retraction
        var published = fixtures.published(org.factline.TestData.unique("To be retracted"), "Akan ditarik.", 1, 1);
        var retracted = fixtures.published(org.factline.TestData.unique("Retracted"), "Sudah ditarik.", 1, 1);
        fixtures.retract(retracted.getId(), "Retracted to check the desk's page.");
        pages = new ArrayList<>(pages);
        pages.add("/desk/claims/" + published.getId() + "/unpublish");
        pages.add("/desk/claims/" + retracted.getId());
        var problems = new ArrayList<String>();
        for (var language : List.of("en", "id")) {
            for (var page : pages) {
                var html = desk.mvc
                        .get()
                        .uri(page)
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(admin))
                        .header("Accept-Language", language)
                        .exchange()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                problems.addAll(errors(page + " [" + language + "]", html));
            }
        }
        problems.addAll(errors(
                "/login", mvc.get().uri("/login").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8)));
        assertThat(problems).isEmpty();
    }

    static List<String> errors(String page, String html) throws Exception {
        assertThat(html).as(page).startsWith("<!DOCTYPE html>");
        var validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
        var report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        var errors = new ArrayList<String>();
        for (var line : report.split("\\R")) {
            if (line.contains(": error:") || line.contains("non-document-error") || line.contains(": fatal")) {
                errors.add(page + " " + line);
            }
        }
        return errors;
    }
}

package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.SignedIn.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.shared.WorkflowException;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Published means reviewed, whoever calls the claim module: a published claim is never changed in place;
 * an update is drafted, and only an editor other than its author publishes it, with a public note
 * unless it is a minor fix.
 */
@IntegrationTest
class PublishedMeansReviewedTests {

    @Autowired
    ClaimManagement claims;

    @Autowired
    ClaimUpdateManagement updates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPublishedClaimIsNeverChangedInPlaceAndAReporterCannotPublishAnUpdate() {
        var fixtures = new PublicFixtures(context);
        var claim = claims.findForDesk(
                        fixtures.published(TestData.unique("Reviewed claim"), "Kalimat yang terbit.", 1, 1)
                                .getId())
                .orElseThrow();
        var reporter = fixtures.data().user(Role.REPORTER);

        assertThatThrownBy(() -> claims.revise(claim.getId(), claim.getVersion(), edit(claim, "Changed summary")))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("claim.error.publishedNeedsUpdate");
        var article = fixtures.data().tribunWow();
        assertThatThrownBy(() -> claims.addAppearance(
                        claim.getId(),
                        new NewAppearance(article.getId(), "Bulan lalu", null, null, QuoteKind.PARAPHRASE, List.of())))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("claim.error.publishedNeedsUpdate");

        var update = as(
                Role.REPORTER,
                () -> updates.propose(
                        claim.getId(),
                        null,
                        claim.getVersion(),
                        edit(claim, "Changed summary"),
                        "The summary was reworded.",
                        false,
                        reporter.getId()));
        var submitted = as(Role.REPORTER, () -> updates.submit(update.getId(), update.getVersion()));
        assertThatThrownBy(() -> as(
                        Role.REPORTER,
                        () -> updates.publish(
                                submitted.getId(), submitted.getVersion(), reporter.getId(), "Reworded.", false)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(summaryOf(claim.getId())).isEqualTo(claim.getSummary());
        assertThat(statusOf(update.getId())).isEqualTo("IN_REVIEW");
        assertThat(jdbc.sql("select count(*) from appearance where claim_id = ?")
                        .param(claim.getId())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void theAuthorCannotPublishTheirOwnUpdateAndAnotherEditorNeedsANoteUnlessItIsMinor() {
        var fixtures = new PublicFixtures(context);
        var claim = claims.findForDesk(fixtures.published(TestData.unique("Own update"), "Kalimat yang terbit.", 1, 1)
                        .getId())
                .orElseThrow();
        var author = fixtures.data().user(Role.REPORTER, Role.EDITOR);
        var reviewer = fixtures.data().user(Role.REPORTER, Role.EDITOR);
        var submitted = as(Role.EDITOR, () -> {
            var draft = updates.propose(
                    claim.getId(), null, claim.getVersion(), edit(claim, "Fixed summary"), "", true, author.getId());
            return updates.submit(draft.getId(), draft.getVersion());
        });

        assertThatThrownBy(() -> as(
                        Role.EDITOR,
                        () -> updates.publish(
                                submitted.getId(), submitted.getVersion(), author.getId(), "My own fix.", false)))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("update.error.ownUpdate");
        assertThatThrownBy(() -> as(
                        Role.EDITOR,
                        () -> updates.publish(
                                submitted.getId(), submitted.getVersion(), reviewer.getId(), "  ", false)))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(
                                        new WorkflowException.FieldError("publicNote", "update.error.noteRequired")));
        assertThat(summaryOf(claim.getId())).isEqualTo(claim.getSummary());
        assertThat(statusOf(submitted.getId())).isEqualTo("IN_REVIEW");

        as(Role.EDITOR, () -> updates.publish(submitted.getId(), submitted.getVersion(), reviewer.getId(), "", true));
        assertThat(summaryOf(claim.getId())).isEqualTo("Fixed summary");
        assertThat(updates.publishedOf(claim.getId())).singleElement().satisfies(published -> {
            assertThat(published.isMinor()).isTrue();
            assertThat(published.getPublicNote()).isNull();
            assertThat(published.getReviewerId()).isEqualTo(reviewer.getId());
        });
    }

    @Test
    void onePersonPublishingLetsTheAuthorPublishTheirOwnUpdate() {
        var update = submitted(new ClaimUpdate(1L, 7L));
        update.publish(7L, Instant.now(), "Corrected the date.", false, true);
        assertThat(update.getStatus()).isEqualTo(UpdateStatus.PUBLISHED);
        assertThat(update.getPublicNote()).isEqualTo("Corrected the date.");

        var another = submitted(new ClaimUpdate(1L, 7L));
        assertThatThrownBy(() -> another.publish(7L, Instant.now(), "Corrected the date.", false, false))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("update.error.ownUpdate");
    }

    private static ClaimUpdate submitted(ClaimUpdate update) {
        update.propose(
                null,
                new ClaimRevision(
                        1L, "Text.", "id", null, null, "Summary", null, null, DatePrecision.UNKNOWN, null, List.of()),
                "Corrected the date.",
                false);
        update.submit(java.time.Instant.parse("2026-12-01T09:00:00Z"));
        return update;
    }

    private static ClaimEdit edit(Claim claim, String summary) {
        return new ClaimEdit(
                claim.getSpeaker().getName(),
                claim.getText(),
                claim.getLanguage(),
                null,
                null,
                summary,
                null,
                LocalDate.of(2022, 7, 18),
                DatePrecision.DAY,
                "in a test",
                List.of());
    }

    private String summaryOf(long claimId) {
        return jdbc.sql("select summary from claim where id = ?")
                .param(claimId)
                .query(String.class)
                .single();
    }

    private String statusOf(long updateId) {
        return jdbc.sql("select status from claim_update where id = ?")
                .param(updateId)
                .query(String.class)
                .single();
    }
}

package org.factline.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimStatus;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.shared.Bilingual;
import org.factline.shared.EditConflictException;
import org.factline.shared.WorkflowException;
import org.factline.shared.WorkflowException.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class VerdictManagementTests {

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    ClaimManagement claims;

    @Autowired
    EvidenceManagement evidence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void aVerdictGoesFromDraftThroughReviewToPublishedAndPublishesItsClaim() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var verdict = verdicts.draft(new NewVerdict(
                claim.getId(), rating("misleading"), "Sanctions forbid it.", "Because.", author.getId()));
        assertThat(verdict.getStatus()).isEqualTo(VerdictStatus.DRAFT);
        assertThat(verdicts.publicHistory(claim.getId())).isEmpty();

        verdict = verdicts.submit(verdict.getId(), verdict.getVersion());
        assertThat(claims.findById(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
        verdicts.publish(verdict.getId(), verdict.getVersion(), editor.getId());

        assertThat(claims.findById(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(verdicts.publicHistory(claim.getId())).singleElement().satisfies(v -> {
            assertThat(v.getRating().getCode()).isEqualTo("misleading");
            assertThat(v.getReviewerId()).isEqualTo(editor.getId());
            assertThat(v.getPublishedAt()).isNotNull();
        });
        assertThat(verdicts.currentVerdicts(List.of(claim.getId()))).containsKey(claim.getId());
    }

    @Test
    void theAuthorCannotPublishOrSendBackTheirOwnVerdict() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER, Role.EDITOR);
        var verdict = verdicts.draft(new NewVerdict(claim.getId(), rating("false"), "No.", "Because.", author.getId()));
        var submitted = verdicts.submit(verdict.getId(), verdict.getVersion());

        assertThatThrownBy(() -> verdicts.publish(submitted.getId(), submitted.getVersion(), author.getId()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("verdict.error.ownVerdict");
        assertThatThrownBy(() -> verdicts.sendBack(
                        submitted.getId(), submitted.getVersion(), author.getId(), "Second thoughts."))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("verdict.error.ownVerdict");
        assertThat(verdicts.findById(verdict.getId()).orElseThrow().getStatus()).isEqualTo(VerdictStatus.IN_REVIEW);
        assertThat(claims.findById(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void aReviewerSendsAVerdictBackWithAComment() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var verdict = verdicts.draft(new NewVerdict(claim.getId(), rating("false"), "No.", "Because.", author.getId()));
        var submitted = verdicts.submit(verdict.getId(), verdict.getVersion());

        assertThatThrownBy(() -> verdicts.sendBack(submitted.getId(), submitted.getVersion(), editor.getId(), " "))
                .isInstanceOf(WorkflowException.class);
        var back =
                verdicts.sendBack(submitted.getId(), submitted.getVersion(), editor.getId(), "Cite resolution 2397.");

        assertThat(back.getStatus()).isEqualTo(VerdictStatus.DRAFT);
        assertThat(back.getReviewComment()).isEqualTo("Cite resolution 2397.");
        assertThat(claims.findById(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.DRAFT);
        var revised = verdicts.revise(
                back.getId(),
                back.getVersion(),
                rating("misleading"),
                english("Misleading."),
                english("Resolution 2397."),
                author.getId());
        assertThat(revised.getRating().getCode()).isEqualTo("misleading");
    }

    @Test
    void aCorrectionSupersedesThePublishedVerdictWhichStaysInTheHistory() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var first = publish(claim.getId(), "false", author.getId(), editor.getId());

        assertThatThrownBy(() -> verdicts.correct(
                        claim.getId(),
                        new NewVerdict(claim.getId(), rating("half-true"), "Partly.", "New evidence.", author.getId()),
                        ""))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("verdict.error.reasonRequired");
        var correction = verdicts.correct(
                claim.getId(),
                new NewVerdict(claim.getId(), rating("half-true"), "Partly.", "New evidence.", author.getId()),
                "A second source confirmed part of it.");
        assertThat(verdicts.publicHistory(claim.getId()))
                .extracting(Verdict::getId)
                .containsExactly(first.getId());

        correction = verdicts.submit(correction.getId(), correction.getVersion());
        verdicts.publish(correction.getId(), correction.getVersion(), editor.getId());

        var history = verdicts.publicHistory(claim.getId());
        assertThat(history)
                .extracting(v -> v.getStatus())
                .containsExactly(VerdictStatus.PUBLISHED, VerdictStatus.SUPERSEDED);
        assertThat(history.get(0).getSupersedesId()).isEqualTo(first.getId());
        assertThat(history.get(0).getCorrectionReason()).isEqualTo("A second source confirmed part of it.");
        assertThat(history.get(1).getId()).isEqualTo(first.getId());
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var verdict = verdicts.draft(new NewVerdict(claim.getId(), rating("false"), "No.", "Because.", author.getId()));
        verdicts.revise(
                verdict.getId(),
                verdict.getVersion(),
                rating("false"),
                english("No, first edit."),
                english("Because."),
                author.getId());

        assertThatThrownBy(() -> verdicts.revise(
                        verdict.getId(),
                        verdict.getVersion(),
                        rating("true"),
                        english("Yes."),
                        english("Because."),
                        author.getId()))
                .isInstanceOf(EditConflictException.class);
        assertThat(verdicts.findById(verdict.getId()).orElseThrow().getSummary())
                .isEqualTo("No, first edit.");
    }

    @Test
    void aVerdictNeedsARatingFromItsClaimsScale() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var slug = "other-" + System.nanoTime();
        long otherScale = jdbc.sql(
                        "insert into rating_scale (slug, name_en, name_id, best_value, worst_value) values (?, 'Other', 'Lain', 1, 0) returning id")
                .param(slug)
                .query(Long.class)
                .single();
        long foreignRating = jdbc.sql("""
                        insert into rating (scale_id, code, label_en, label_id, description_en, description_id, value, colour, icon, position)
                        values (?, 'pants-on-fire', 'Pants on fire', 'Bohong besar', 'd', 'd', 0, '#000000', 'cross', 1) returning id""").param(otherScale).query(Long.class).single();

        assertThatThrownBy(() -> verdicts.draft(new NewVerdict(claim.getId(), foreignRating, "S", "R", author.getId())))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(new FieldError("ratingId", "verdict.error.unknownRating")));
        assertThatThrownBy(() -> verdicts.draftOrCorrect(
                        new NewVerdict(claim.getId(), foreignRating, "S", "R", author.getId()), null))
                .isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into verdict (claim_id, rating_scale_id, rating_id, summary, rationale, author_id)
                                values (?, ?, ?, 'S', 'R', ?)""")
                        .params(claim.getId(), otherScale, foreignRating, author.getId())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from verdict where claim_id = ?")
                        .param(claim.getId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDatabaseAllowsOnePublishedVerdictPerClaimAndNoCorrectionWithoutReason() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var first = publish(claim.getId(), "false", author.getId(), editor.getId());
        long second = jdbc.sql("""
                        insert into verdict (claim_id, rating_scale_id, rating_id, summary, rationale, author_id)
                        values (?, ?, ?, 'Yes.', 'Because.', ?) returning id""")
                .params(claim.getId(), first.getRatingScaleId(), rating("true"), author.getId())
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> jdbc.sql(
                                "update verdict set status = 'PUBLISHED', published_at = now(), reviewer_id = ? where id = ?")
                        .params(editor.getId(), second)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update verdict set supersedes_id = ? where id = ?")
                        .params(first.getId(), second)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update verdict set status = 'PUBLISHED', reviewer_id = null where id = ?")
                        .param(second)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aVerdictGoesToReviewOnlyWhenItsClaimHasASource() {
        var data = new TestData(context);
        var claim = data.matsegoraLabourClaim();
        var author = data.user(Role.REPORTER);
        var verdict = verdicts.draft(new NewVerdict(claim.getId(), rating("false"), "No.", "Because.", author.getId()));

        assertThatThrownBy(() -> verdicts.submit(verdict.getId(), verdict.getVersion()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("verdict.error.noSources");
        assertThat(verdicts.findById(verdict.getId()).orElseThrow().getStatus()).isEqualTo(VerdictStatus.DRAFT);

        withSource(claim);
        assertThat(verdicts.submit(verdict.getId(), verdict.getVersion()).getStatus())
                .isEqualTo(VerdictStatus.IN_REVIEW);
    }

    @Test
    void aVerdictIsPublishedOnlyWhenItsClaimHasASummary() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        jdbc.sql("update claim set summary = null where id = ?")
                .param(claim.getId())
                .update();
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var submitted = submitted(claim.getId(), author.getId());

        assertThatThrownBy(() -> verdicts.publish(submitted.getId(), submitted.getVersion(), editor.getId()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("claim.error.summaryRequired");
        assertThatThrownBy(() -> verdicts.publishReviewed(submitted.getId(), editor.getId()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("claim.error.summaryRequired");
        assertThat(verdicts.findById(submitted.getId()).orElseThrow().getStatus())
                .isEqualTo(VerdictStatus.IN_REVIEW);
        assertThat(claims.findById(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void aReviewCommentHasALimit() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var submitted = submitted(claim.getId(), author.getId());

        assertThatThrownBy(() -> verdicts.sendBack(
                        submitted.getId(),
                        submitted.getVersion(),
                        editor.getId(),
                        "x".repeat(Verdict.REVIEW_COMMENT_MAX + 1)))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("verdict.error.commentTooLong");
        assertThat(verdicts.findById(submitted.getId()).orElseThrow().getStatus())
                .isEqualTo(VerdictStatus.IN_REVIEW);
    }

    @Test
    void theNextVerdictOfAPublishedClaimIsACorrectionWithAPublicReason() {
        var data = new TestData(context);
        var claim = withSource(data.matsegoraLabourClaim());
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var first = verdicts.draftOrCorrect(
                new NewVerdict(claim.getId(), rating("false"), "No.", "Because.", author.getId()), null);
        assertThat(first.getSupersedesId()).isNull();
        first = verdicts.submit(first.getId(), first.getVersion());
        verdicts.publish(first.getId(), first.getVersion(), editor.getId());

        var request = new NewVerdict(claim.getId(), rating("half-true"), "Partly.", "New evidence.", author.getId());
        assertThatThrownBy(() -> verdicts.draftOrCorrect(request, " "))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(new FieldError("correctionReason", "verdict.error.reasonRequired")));
        var correction = verdicts.draftOrCorrect(request, "A second source.");
        assertThat(correction.getSupersedesId()).isEqualTo(first.getId());
        assertThat(correction.getCorrectionReason()).isEqualTo("A second source.");
    }

    private Verdict submitted(long claimId, long authorId) {
        var verdict = verdicts.draft(new NewVerdict(claimId, rating("false"), "No.", "Because.", authorId));
        return verdicts.submit(verdict.getId(), verdict.getVersion());
    }

    private Claim withSource(Claim claim) {
        evidence.attach(
                claim.getId(),
                new NewSource(
                        "https://undocs.org/S/RES/2397(2017)",
                        "UN Security Council resolution 2397 (2017)",
                        "United Nations",
                        null,
                        SourceKind.PRIMARY_DOCUMENT,
                        Stance.CONTRADICTS,
                        null,
                        null,
                        null));
        return claim;
    }

    private Verdict publish(long claimId, String rating, long authorId, long editorId) {
        var verdict = verdicts.draft(new NewVerdict(claimId, rating(rating), "Summary.", "Rationale.", authorId));
        verdict = verdicts.submit(verdict.getId(), verdict.getVersion());
        return verdicts.publish(verdict.getId(), verdict.getVersion(), editorId);
    }

    private long rating(String code) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getId();
    }

    private static Bilingual english(String text) {
        return new Bilingual(text, null);
    }
}

package org.factline.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimStatus;
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
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void publishingAVerdictPublishesItsClaim() {
        var data = new TestData(context);
        var claim = data.matsegoraLabourClaim();
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var verdict = verdicts.draft(new NewVerdict(
                claim.getId(), rating("misleading"), "Sanctions forbid it.", "Because.", author.getId()));
        assertThat(verdict.getStatus()).isEqualTo(VerdictStatus.DRAFT);
        assertThat(verdicts.publicHistory(claim.getId())).isEmpty();

        verdicts.publish(verdict.getId(), editor.getId());

        assertThat(claims.findById(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(verdicts.publicHistory(claim.getId())).singleElement().satisfies(v -> {
            assertThat(v.getRating().getCode()).isEqualTo("misleading");
            assertThat(v.getReviewerId()).isEqualTo(editor.getId());
            assertThat(v.getPublishedAt()).isNotNull();
        });
        assertThat(verdicts.currentVerdicts(java.util.List.of(claim.getId()))).containsKey(claim.getId());
    }

    @Test
    void aVerdictNeedsARatingFromItsClaimsScale() {
        var data = new TestData(context);
        var claim = data.matsegoraLabourClaim();
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
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("select count(*) from verdict where claim_id = ?")
                        .param(claim.getId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aClaimHasAtMostOnePublishedVerdictAndACorrectionNeedsAReason() {
        var data = new TestData(context);
        var claim = data.matsegoraLabourClaim();
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.EDITOR);
        var first = verdicts.draft(new NewVerdict(claim.getId(), rating("false"), "No.", "Because.", author.getId()));
        verdicts.publish(first.getId(), editor.getId());
        var second = verdicts.draft(new NewVerdict(claim.getId(), rating("true"), "Yes.", "Because.", author.getId()));

        assertThatThrownBy(() -> verdicts.publish(second.getId(), editor.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update verdict set supersedes_id = ? where id = ?")
                        .params(first.getId(), second.getId())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update verdict set status = 'PUBLISHED', reviewer_id = null where id = ?")
                        .param(second.getId())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long rating(String code) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getId();
    }
}

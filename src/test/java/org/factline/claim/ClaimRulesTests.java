package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.article.NewArticle;
import org.factline.shared.WorkflowException;
import org.factline.shared.WorkflowException.FieldError;
import org.factline.speaker.SpeakerKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The claim module's rules hold when it is called directly, without the desk's forms. */
@IntegrationTest
class ClaimRulesTests {

    @Autowired
    ClaimManagement claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void recordsAClaimFromAnArticleWithANewSpeakerAndItsFirstAppearanceTogether() {
        var data = new TestData(context);
        var article = data.tribunWow();
        var name = TestData.unique("Denis Pushilin");

        var claim = claims.record(
                recording(name, SpeakerKind.PERSON, ""),
                new NewAppearance(
                        article.getId(), "tenaga kerja Korea Utara", null, null, QuoteKind.DIRECT, List.of()));

        assertThat(count("select count(*) from speaker where name = ?", name)).isOne();
        assertThat(count("select count(*) from appearance where claim_id = ?", claim.getId()))
                .isOne();
        assertThat(claim.getText()).isEqualTo("tenaga kerja Korea Utara");
    }

    @Test
    void aClaimIsRecordedWithAllItsPartsOrNotAtAll() {
        var name = TestData.unique("Denis Pushilin");

        assertThatThrownBy(() -> claims.record(
                        recording(name, SpeakerKind.PERSON, "Said it."),
                        new NewAppearance(-1, "quote", null, null, QuoteKind.DIRECT, List.of())))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(count("select count(*) from speaker where name = ?", name)).isZero();
        assertThat(count("select count(*) from claim where text = ?", "Said it."))
                .isZero();
    }

    @Test
    void aSpeakerNamedMustBeOneKnownPersonOrANewOne() {
        var data = new TestData(context);
        var article = data.tribunWow();
        var first = data.matsegora();
        var appearance = new NewAppearance(article.getId(), "q", null, null, QuoteKind.DIRECT, List.of());

        assertThatThrownBy(() -> claims.record(recording(TestData.unique("Nobody"), null, "T."), appearance))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(new FieldError("speakerName", "desk.error.speakerUnknown")));

        // a second speaker with the first one's name makes the name ambiguous
        jdbc.sql("insert into speaker (kind, name, slug) values ('PERSON', ?, ?)")
                .params(first.getName(), first.getSlug() + "-twin")
                .update();
        assertThatThrownBy(() -> claims.record(recording(first.getName(), null, "T."), appearance))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(new FieldError("speakerName", "desk.error.speakerAmbiguous")));
    }

    @Test
    void aClaimsWordingAndDateKeepTheirRulesWhoeverRecordsIt() {
        var speaker = new TestData(context).matsegora();

        assertThatThrownBy(() -> claims.create(new NewClaim(
                        speaker.getId(),
                        "Text.",
                        "id",
                        "A translation.",
                        null,
                        "x".repeat(Claim.SUMMARY_MAX + 1),
                        null,
                        DatePrecision.DAY,
                        null,
                        List.of("t".repeat(Topic.NAME_MAX + 1)),
                        null)))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(
                                        new FieldError("translationLanguage", "desk.error.translationLanguage"),
                                        new FieldError("summary", "claim.error.summaryTooLong"),
                                        new FieldError("saidOn", "desk.error.dateRequired"),
                                        new FieldError("topics", "claim.error.topicTooLong")));
        assertThat(count("select count(*) from claim where speaker_id = ?", speaker.getId()))
                .isZero();
    }

    @Test
    void aClaimGoesPublicOnlyWithASummary() {
        var speaker = new TestData(context).matsegora();
        var claim = claims.create(new NewClaim(
                speaker.getId(),
                "Text.",
                "id",
                null,
                null,
                null,
                LocalDate.of(2022, 7, 18),
                DatePrecision.DAY,
                null,
                List.of(),
                null));

        assertThatThrownBy(() -> claims.publish(claim.getId()))
                .isInstanceOf(WorkflowException.class)
                .hasMessage("claim.error.summaryRequired");
        assertThat(claims.findById(claim.getId()).orElseThrow().getStatus()).isEqualTo(ClaimStatus.DRAFT);
    }

    @Test
    void anAppearanceInANewArticleRecordsTheArticleWhichNeedsATitleAndAnOutlet() {
        var claim = new TestData(context).matsegoraLabourClaim();
        var url = "https://www.nknews.org/2022/07/" + TestData.unique("x").replace(' ', '-');

        assertThatThrownBy(() -> claims.addAppearance(
                        claim.getId(), article(url, " ", ""), "quote", QuoteKind.DIRECT, List.of()))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(
                                        new FieldError("title", "desk.error.newArticleTitle"),
                                        new FieldError("outlet", "desk.error.newArticleOutlet")));
        assertThatThrownBy(() -> claims.addAppearance(
                        claim.getId(), article("ftp://example.org/a", "T", "O"), "quote", QuoteKind.DIRECT, List.of()))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors()).containsExactly(new FieldError("url", "desk.error.url")));

        claims.addAppearance(claim.getId(), article(url, "Title", "NK News"), "quote", QuoteKind.DIRECT, List.of());
        assertThat(count("select count(*) from appearance where claim_id = ?", claim.getId()))
                .isEqualTo(2);
        assertThatThrownBy(() -> claims.addAppearance(
                        claim.getId(), article(url + "/", "Title", "NK News"), "quote", QuoteKind.DIRECT, List.of()))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(new FieldError("quote", "desk.error.duplicateAppearance")));
    }

    @Test
    void aRevisionNamesItsSpeakerByNameOrAlias() {
        var claim = new TestData(context).matsegoraLabourClaim();
        var edit = new ClaimEdit(
                TestData.unique("Nobody"),
                claim.getText(),
                claim.getLanguage(),
                null,
                null,
                claim.getSummary(),
                null,
                null,
                DatePrecision.UNKNOWN,
                null,
                List.of("North Korea, Russia and Donbas"));

        assertThatThrownBy(() -> claims.revise(claim.getId(), claim.getVersion(), edit))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(new FieldError("speakerName", "desk.error.speakerUnknown")));
    }

    private ClaimRecording recording(String speakerName, SpeakerKind newKind, String text) {
        return new ClaimRecording(
                speakerName,
                newKind,
                null,
                text,
                "id",
                null,
                null,
                "A summary",
                null,
                LocalDate.of(2022, 7, 18),
                DatePrecision.DAY,
                null,
                List.of("North Korea, Russia and Donbas"),
                new TestData(context).user(Role.REPORTER).getId());
    }

    private static NewArticle article(String url, String title, String outlet) {
        return new NewArticle(url, title, outlet, List.of(), null, "en", null, null, null);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}

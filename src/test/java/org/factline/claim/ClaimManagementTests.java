package org.factline.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.shared.PublicContentChanged;
import org.factline.shared.WorkflowException;
import org.factline.timeline.PublicFixtures;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.VerdictManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@RecordApplicationEvents
class ClaimManagementTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    ArticleManagement articles;

    @Autowired
    ClaimManagement claims;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    @Test
    void recordsAClaimAsADraftWithItsAppearanceAnchoredInTheArticle() {
        var claim = new TestData(context).matsegoraLabourClaim();

        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.DRAFT);
        assertThat(claim.getSlug()).isEqualTo("north-korean-workers-could-rebuild-donbas");
        assertThat(claim.getSaid().iso()).isEqualTo("2022-07");
        assertThat(claim.getRatingScaleId()).isPositive();
        transaction.executeWithoutResult(status -> {
            var loaded = claims.findById(claim.getId()).orElseThrow();
            assertThat(loaded.speakerRoleThen()).isEqualTo("Russian ambassador to North Korea");
            assertThat(loaded.getTopicList())
                    .extracting(Topic::getName)
                    .containsExactly("North Korea, Russia and Donbas");
            var appearance = loaded.getAppearances().get(0);
            assertThat(appearance.getQuote()).isEqualTo("tenaga kerja Korea Utara dapat dikirim");
            assertThat(appearance.getQuotePrefix()).endsWith("Alexander Matsegora, mengatakan ");
            assertThat(appearance.getQuoteSuffix()).startsWith(" untuk membantu");
            assertThat(appearance.chainFromOrigin()).containsExactly("Izvestia", "TribunWow");
        });
    }

    @Test
    void draftsAreNotPublished() {
        var claim = new TestData(context).matsegoraLabourClaim();
        assertThat(claims.findPublished(claim.getId())).isEmpty();
        assertThat(claims.latestPublished(500)).extracting(Claim::getId).doesNotContain(claim.getId());
    }

    @Test
    void topicsAreSharedByName() {
        var first = new TestData(context).matsegoraLabourClaim();
        var second = new TestData(context).matsegoraLabourClaim();
        long topicRows = jdbc.sql("select count(*) from topic where slug = 'north-korea-russia-and-donbas'")
                .query(Long.class)
                .single();
        assertThat(topicRows).isEqualTo(1);
        assertThat(first.getId()).isNotEqualTo(second.getId());
    }

    @Test
    void theSameQuoteFromTheSameArticleIsRecordedOnce() {
        var claim = new TestData(context).matsegoraLabourClaim();
        long articleId = jdbc.sql("select article_id from appearance where claim_id = ?")
                .param(claim.getId())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> claims.addAppearance(
                        claim.getId(),
                        new NewAppearance(
                                articleId,
                                "tenaga kerja Korea Utara dapat dikirim",
                                null,
                                null,
                                QuoteKind.DIRECT,
                                List.of())))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(
                                        new WorkflowException.FieldError("quote", "desk.error.duplicateAppearance")));
    }

    @Test
    void theDatabaseRefusesAnOverlongSummaryAndDatesThatContradictTheirPrecision() {
        var claim = new TestData(context).matsegoraLabourClaim();
        assertThatThrownBy(() -> jdbc.sql("update claim set summary = ? where id = ?")
                        .params("x".repeat(76), claim.getId())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update claim set date_precision = 'UNKNOWN' where id = ?")
                        .param(claim.getId())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update claim set status = 'PUBLISHED', summary = null where id = ?")
                        .param(claim.getId())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aClaimWithAnUnknownDateNeedsNoDate() {
        var speaker = new TestData(context).matsegora();
        var claim = claims.create(new NewClaim(
                speaker.getId(),
                "Tanpa tanggal.",
                "id",
                null,
                null,
                null,
                LocalDate.of(2022, 1, 1),
                DatePrecision.UNKNOWN,
                null,
                List.of(),
                null,
                null));
        assertThat(claim.getSaid().isKnown()).isFalse();
        assertThat(claim.getSlug()).isEqualTo("tanpa-tanggal");
    }

    @Test
    void whatReadersSeeOfAClaimIsAnnouncedByTheClaimOnceForEachChange() {
        var data = new TestData(context);
        var claim = data.matsegoraLabourClaim();
        var article = data.tribunWow();
        claims.addAppearance(
                claim.getId(),
                new NewAppearance(article.getId(), "dapat dikirim", null, null, QuoteKind.DIRECT, List.of()));
        assertThat(changesOf(claim.getId())).as("a draft's appearance").isEmpty();

        var rating = verdicts.rating(VerdictManagement.DEFAULT_SCALE, "false").orElseThrow();
        var draft = verdicts.draft(new NewVerdict(
                claim.getId(),
                rating.getId(),
                "Not so.",
                "Because.",
                data.user(Role.REPORTER).getId()));
        verdicts.publishReviewed(
                draft.getId(), data.user(Role.REPORTER, Role.EDITOR).getId());
        assertThat(changesOf(claim.getId())).as("published with its verdict").hasSize(1);

        var other = data.matsegora();
        var formerSpeaker = claim.getSpeaker().getSlug();
        var formerTopics = Set.copyOf(
                jdbc.sql("select t.slug from topic t join claim_topic ct on ct.topic_id = t.id where ct.claim_id = ?")
                        .param(claim.getId())
                        .query(String.class)
                        .list());
        new PublicFixtures(context)
                .publishUpdate(
                        claim.getId(),
                        new ClaimEdit(
                                other.getName(),
                                claim.getText(),
                                "id",
                                null,
                                null,
                                "Edited for readers",
                                null,
                                LocalDate.of(2022, 7, 18),
                                DatePrecision.MONTH,
                                null,
                                List.of("Another topic")),
                        "Said by someone else.");
        assertThat(changesOf(claim.getId()))
                .as("a published update names the speaker and topics the claim had")
                .hasSize(2)
                .last()
                .isEqualTo(PublicContentChanged.ofClaim(claim.getId(), formerSpeaker, formerTopics));

        new org.factline.timeline.PublicFixtures(context).retract(claim.getId(), "Retracted in a test.");
        claims.republish(claim.getId());
        assertThat(changesOf(claim.getId())).hasSize(4);
    }

    private List<PublicContentChanged> changesOf(long claimId) {
        return events.stream(PublicContentChanged.class)
                .filter(change -> change.claimId() != null && change.claimId() == claimId)
                .toList();
    }
}

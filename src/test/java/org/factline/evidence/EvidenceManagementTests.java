package org.factline.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.Role;
import org.factline.shared.PublicContentChanged;
import org.factline.shared.WorkflowException;
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
class EvidenceManagementTests {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Sources sources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EvidenceManagement evidence;

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    ApplicationContext context;

    @Test
    void keepsSourcesInTheOrderTheyWereAttached() {
        long claimId = new TestData(context).matsegoraLabourClaim().getId();
        evidence.attach(
                claimId,
                source(
                        "UN Security Council resolution 2397 (2017)",
                        "https://undocs.org/S/RES/2397(2017)",
                        Stance.CONTRADICTS));
        evidence.attach(claimId, source("Interview with Alexander Matsegora", null, Stance.CONTEXT));

        var sources = evidence.sourcesOf(claimId);
        assertThat(sources)
                .extracting(Source::getTitle)
                .containsExactly("UN Security Council resolution 2397 (2017)", "Interview with Alexander Matsegora");
        assertThat(sources).extracting(Source::getPosition).containsExactly(0, 1);
        assertThat(sources.get(0).getStance()).isEqualTo(Stance.CONTRADICTS);
        assertThat(sources.get(1).getUrl()).isNull();
    }

    @Test
    void theDatabaseRefusesASourceWithoutAClaimOrWithABadUrl() {
        assertThatThrownBy(() -> evidence.attach(-1, source("Orphan", null, Stance.CONTEXT)))
                .isInstanceOf(DataIntegrityViolationException.class);
        long claimId = new TestData(context).matsegoraLabourClaim().getId();
        assertThatThrownBy(() -> evidence.attach(claimId, source("Bad link", "javascript:alert(1)", Stance.CONTEXT)))
                .isInstanceOfSatisfying(
                        WorkflowException.class,
                        e -> assertThat(e.getFieldErrors())
                                .containsExactly(new WorkflowException.FieldError("url", "desk.error.url")));
        assertThat(evidence.sourcesOf(claimId)).isEmpty();
    }

    @Test
    void everyChangeOfASourceAnnouncesItsClaimOnce() {
        long claimId = new TestData(context).matsegoraLabourClaim().getId();
        var first = evidence.attach(claimId, source("First", null, Stance.CONTEXT));
        var second = evidence.attach(claimId, source("Second", null, Stance.SUPPORTS));
        assertThat(changesOf(claimId)).isEqualTo(2);

        evidence.update(claimId, first.getId(), first.getVersion(), source("First, retitled", null, Stance.CONTEXT));
        evidence.move(claimId, second.getId(), true);
        assertThat(changesOf(claimId)).isEqualTo(4);
        assertThat(evidence.sourcesOf(claimId))
                .extracting(Source::getTitle)
                .containsExactly("Second", "First, retitled");

        evidence.remove(claimId, second.getId());
        assertThat(changesOf(claimId)).isEqualTo(5);
        assertThat(evidence.sourcesOf(claimId)).extracting(Source::getPosition).containsExactly(0);
    }

    @Test
    void sourcesAreFrozenWhileTheVerdictIsInReviewAndFreeAgainOnceSentBack() {
        var data = new TestData(context);
        long claimId = data.matsegoraLabourClaim().getId();
        var first = evidence.attach(claimId, source("First", null, Stance.CONTEXT));
        var second = evidence.attach(claimId, source("Second", null, Stance.SUPPORTS));
        var author = data.user(Role.REPORTER);
        var editor = data.user(Role.REPORTER, Role.EDITOR);
        var rating = verdicts.rating(VerdictManagement.DEFAULT_SCALE, "false").orElseThrow();
        var draft = verdicts.draft(new NewVerdict(claimId, rating.getId(), "No.", "Because.", author.getId()));
        var submitted = verdicts.submit(draft.getId(), draft.getVersion());

        List<ThrowingCallable> changes = List.of(
                () -> evidence.attach(claimId, source("Third", null, Stance.CONTEXT)),
                () -> evidence.update(
                        claimId, first.getId(), first.getVersion(), source("First, retitled", null, Stance.CONTEXT)),
                () -> evidence.move(claimId, second.getId(), true),
                () -> evidence.remove(claimId, first.getId()));
        for (var change : changes) {
            assertThatThrownBy(change).isInstanceOf(WorkflowException.class).hasMessage("source.error.frozen");
        }
        assertThat(evidence.sourcesOf(claimId)).extracting(Source::getTitle).containsExactly("First", "Second");

        verdicts.sendBack(submitted.getId(), submitted.getVersion(), editor.getId(), "Add the council's minutes.");
        evidence.attach(claimId, source("Third", null, Stance.CONTEXT));
        evidence.update(claimId, first.getId(), first.getVersion(), source("First, retitled", null, Stance.CONTEXT));
        evidence.move(claimId, second.getId(), true);
        evidence.remove(claimId, first.getId());
        assertThat(evidence.sourcesOf(claimId)).extracting(Source::getTitle).containsExactly("Second", "Third");
    }

    @Test
    void aDeletedSourceIsGoneFromTheTableWhenItsChangeIsAnnounced() {
        long claimId = new TestData(context).matsegoraLabourClaim().getId();
        long sourceId = evidence.attach(claimId, source("Soon gone", null, Stance.CONTEXT))
                .getId();
        transaction.executeWithoutResult(status -> {
            sources.delete(sources.findById(sourceId).orElseThrow());
            assertThat(jdbc.sql("select count(*) from source where id = ?")
                            .param(sourceId)
                            .query(Long.class)
                            .single())
                    .isZero();
        });
    }

    private long changesOf(long claimId) {
        return events.stream(PublicContentChanged.class)
                .filter(change -> change.claimId() != null && change.claimId() == claimId)
                .count();
    }

    private static NewSource source(String title, String url, Stance stance) {
        return new NewSource(
                url,
                title,
                "United Nations",
                LocalDate.of(2017, 12, 22),
                SourceKind.PRIMARY_DOCUMENT,
                stance,
                "Excerpt",
                null,
                null);
    }
}

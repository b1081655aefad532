package org.factline.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.shared.WorkflowException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;

@IntegrationTest
class EvidenceManagementTests {

    @Autowired
    EvidenceManagement evidence;

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

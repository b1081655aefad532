package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.timeline.PublicFixtures;
import org.factline.timeline.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A claim page costs the same few SQL statements however many sources and appearances the claim has. */
@IntegrationTest
class ClaimPageStatementCountTests {

    /**
     * A look in the page store ({@link PageStore}) that finds nothing, then the claim with everything on
     * its page in one statement and its related claims in a second.
     */
    static final int BUDGET = 3;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PageCache pageCache;

    @Test
    void aClaimPageNeedsABoundedNumberOfStatements() {
        var fixtures = new PublicFixtures(context);
        var small = fixtures.published(TestData.unique("Few sources"), "Kalimat dengan sedikit sumber.", 2, 1);
        var large = fixtures.published(TestData.unique("Many sources"), "Kalimat dengan banyak sumber.", 40, 8);
        fixtures.correct(large.getId(), "mostly-false", "A corrected verdict.", "More evidence came in.");

        int few = statementsFor(small.path());
        int many = statementsFor(large.path());

        assertThat(PublicFixtures.html(mvc.get().uri(large.path()).exchange()).select(".sources li"))
                .hasSize(40);
        assertThat(few).isPositive().isLessThanOrEqualTo(BUDGET);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void aCachedClaimPageNeedsNoStatementOnTheRequestThread() {
        var claim = new PublicFixtures(context).published(TestData.unique("Cached"), "Kalimat tersimpan.", 3, 1);
        mvc.get().uri(claim.path()).exchange();

        StatementCounter.start();
        var result = mvc.get().uri(claim.path()).exchange();
        int statements = StatementCounter.stop();

        assertThat(result).hasStatusOk();
        assertThat(statements).isZero();
    }

    @Test
    void aClaimPageKeptInTheDatabaseNeedsOneStatement() {
        var claim = new PublicFixtures(context).published(TestData.unique("Stored"), "Kalimat disimpan.", 3, 1);
        mvc.get().uri(claim.path()).exchange();
        context.getBean(PageStore.class).awaitWrites();
        pageCache.forgetMemory();

        StatementCounter.start();
        var result = mvc.get().uri(claim.path()).exchange();
        int statements = StatementCounter.stop();

        assertThat(result).hasStatusOk();
        assertThat(statements).isOne();
    }

    private int statementsFor(String path) {
        pageCache.clear();
        StatementCounter.start();
        var result = mvc.get().uri(path).exchange();
        int statements = StatementCounter.stop();
        assertThat(result).hasStatusOk();
        return statements;
    }
}

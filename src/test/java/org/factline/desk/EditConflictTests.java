package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factline.IntegrationTest;
import org.factline.Patience;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Two editors save the same claim: exactly one wins, the other chooses between the versions; nothing is lost silently. */
@IntegrationTest
class EditConflictTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser first;
    FactlineUser second;
    Claim claim;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        first = desk.person(Role.REPORTER, Role.EDITOR);
        second = desk.person(Role.REPORTER, Role.EDITOR);
        claim = desk.data.matsegoraLabourClaim();
    }

    @Test
    void withoutARecordedStartingPointEveryDifferenceIsAChoiceAndNothingIsWrittenUnasked() {
        var opened = String.valueOf(claim.getVersion());
        assertThat(save(first, opened, "Saved by the first editor")).hasStatus(HttpStatus.FOUND);

        // a form that does not say which revision it started from (as one opened before the merge existed)
        var stale = save(second, opened, "Typed by the second editor");

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        var page = DeskTestSupport.html(stale);
        assertThat(page.select("h1").text()).isEqualTo("Someone saved this while you were editing");
        assertThat(page.select("fieldset#choice-summary label").eachText())
                .containsExactly(
                        "Saved by " + first.displayName() + " Saved by the first editor",
                        "Your version Typed by the second editor");
        assertThat(page.select("fieldset#choice-summary .started")).isEmpty();
        assertThat(summary()).isEqualTo("Saved by the first editor");

        var form = page.selectFirst("form[action$=/edit]");
        var params = new ArrayList<String>();
        page.select("form[action$=/edit] input[type=hidden]").forEach(input -> {
            if (!"_csrf".equals(input.attr("name"))) {
                params.add(input.attr("name"));
                params.add(input.attr("value"));
            }
        });
        params.add("summary");
        params.add(form.selectFirst("#summary-mine").attr("value"));
        assertThat(desk.post(second, "/desk/claims/" + claim.getId() + "/edit", params.toArray(String[]::new))
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(summary()).isEqualTo("Typed by the second editor");
    }

    @Test
    void twoConcurrentSavesOfOneVersionLeaveExactlyOneWinner() throws Exception {
        var opened = String.valueOf(claim.getVersion());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<MvcTestResult> a = () -> {
                start.await();
                return save(first, opened, "Version A");
            };
            Callable<MvcTestResult> b = () -> {
                start.await();
                return save(second, opened, "Version B");
            };
            var futureA = pool.submit(a);
            var futureB = pool.submit(b);
            start.countDown();
            var resultA = futureA.get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS);
            var resultB = futureB.get(Patience.SIGNAL.toSeconds(), TimeUnit.SECONDS);

            var statuses = new ArrayList<Integer>();
            statuses.add(resultA.getResponse().getStatus());
            statuses.add(resultB.getResponse().getStatus());
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
            var winner = resultA.getResponse().getStatus() == 302 ? "Version A" : "Version B";
            assertThat(summary()).isEqualTo(winner);
            assertThat(desk.count("select version from claim where id = ?", claim.getId()))
                    .isEqualTo(claim.getVersion() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private MvcTestResult save(FactlineUser who, String version, String summary) {
        return desk.post(
                        who,
                        "/desk/claims/" + claim.getId() + "/edit",
                        "version",
                        version,
                        "speakerName",
                        claim.getSpeaker().getName(),
                        "claimText",
                        claim.getText(),
                        "language",
                        "id",
                        "translation",
                        "",
                        "translationLanguage",
                        "en",
                        "summary",
                        summary,
                        "saidOn",
                        "2022-07",
                        "datePrecision",
                        "MONTH",
                        "saidWhere",
                        "in an interview with Izvestia",
                        "topics",
                        "North Korea, Russia and Donbas")
                .exchange();
    }

    private String summary() {
        return desk.jdbc
                .sql("select summary from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }
}

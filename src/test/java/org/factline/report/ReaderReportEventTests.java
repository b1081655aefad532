package org.factline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.reportPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.factline.IntegrationTest;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A stored reader report is announced to the other modules (the desk's notifications listen). */
@IntegrationTest
@RecordApplicationEvents
class ReaderReportEventTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredReportIsPublishedAsAnEventWithItsIdAndClaim(ApplicationEvents events) {
        var path = new PublicFixtures(context).pathOf(ErrorReportWebTests.COOPERATION);
        var sent = mvc.post()
                .uri(reportPath(path))
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("192.0.2." + (int) (Math.random() * 200));
                    return request;
                })
                .param("message", "The vote count in the third paragraph is wrong.")
                .exchange();
        assertThat(sent).hasStatus(HttpStatus.FOUND);

        var stored = jdbc.sql("select id, claim_id from error_report order by id desc limit 1")
                .query((rs, n) -> new ReaderReportReceived(rs.getLong("id"), rs.getLong("claim_id")))
                .single();
        assertThat(events.stream(ReaderReportReceived.class)).containsExactly(stored);
    }
}

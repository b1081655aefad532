package org.factline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.html;
import static org.factline.timeline.PublicFixtures.reportPath;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.timeline.PublicFixtures;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Readers' reports as the desk triages them (status, assignee, internal note, history, the count in the
 * menu, the desk claim), the site-wide form feeding the same queue, the limits per reader (behind a trusted
 * proxy: the reader's own address) and over all readers, and a list that a flood cannot hide anything in.
 */
@IntegrationTest
class ReaderReportTriageTests {

    static final String COOPERATION = "North Korea–Russia cooperation has risen to a new level";
    /** A reverse proxy the tests' configuration trusts (FACTLINE_TRUSTED_PROXIES). */
    static final String PROXY = "192.0.2.10";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportProperties properties;

    PublicFixtures fixtures;
    TestData data;
    FactlineUser editor;
    FactlineUser colleague;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
        data = new TestData(context);
        var accounts = context.getBean(AccountManagement.class);
        editor = accounts.principal(data.user(Role.REPORTER, Role.EDITOR).getId());
        colleague = accounts.principal(data.user(Role.REPORTER).getId());
    }

    @Test
    void anEditorTriagesAReportAndEveryChangeIsInItsHistoryWhileTheNoteStaysInternal() {
        var path = fixtures.pathOf(COOPERATION);
        var claimId = Long.parseLong(path.substring("/claims/".length(), path.indexOf('-')));
        var message = "The vote was in March, not April. " + UUID.randomUUID();
        assertThat(report(reportPath(path), message, reader())).hasStatus(HttpStatus.FOUND);
        var id = reportId(message);

        // new: counted in the desk's menu, linked to the claim on the desk
        long waiting = count("select count(*) from error_report where status = 'new'");
        var list = page("/desk/reports?q=" + message.substring(message.length() - 36));
        assertThat(list.select(".desk-nav .nav-reports .badge").text()).isEqualTo(String.valueOf(waiting));
        assertThat(list.select(".desk-nav .nav-reports").text()).contains(waiting + " new report");
        assertThat(list.select("tbody tr")).hasSize(1);
        assertThat(list.select("tbody tr a.desk-claim").attr("href")).isEqualTo("/desk/claims/" + claimId);
        var detail = page("/desk/reports/" + id);
        assertThat(detail.select("a.desk-claim").attr("href")).isEqualTo("/desk/claims/" + claimId);
        assertThat(detail.select("a.public-claim").attr("href")).isEqualTo(path);
        assertThat(detail.select("select#status option[selected]").val()).isEqualTo("new");

        var note = "Checked the UN record: he is right. " + UUID.randomUUID();
        var saved = triage(id, "in_progress", String.valueOf(colleague.userId()), note, version(id));
        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk/reports/" + id);
        assertThat(jdbc.sql("select status || '|' || assignee_id || '|' || note from error_report where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("in_progress|" + colleague.userId() + "|" + note);
        assertThat(page("/desk/reports").select(".desk-nav .nav-reports .badge").text())
                .isEqualTo(waiting - 1 == 0 ? "" : String.valueOf(waiting - 1));

        assertThat(triage(id, "resolved", String.valueOf(colleague.userId()), note, version(id)))
                .hasStatus(HttpStatus.FOUND);
        var history = page("/desk/reports/" + id).select("ol.report-history li").eachText();
        assertThat(history).hasSize(4);
        assertThat(history.get(0)).contains(editor.displayName(), "status In progress → Resolved");
        assertThat(history).anySatisfy(line -> assertThat(line).contains("status New → In progress"));
        assertThat(history)
                .anySatisfy(line -> assertThat(line).contains("assigned Nobody → " + colleague.displayName()));
        assertThat(history).anySatisfy(line -> assertThat(line).contains("note:", note));

        // the note never reaches a reader
        assertThat(body(mvc.get().uri(path).exchange())).doesNotContain(note);
        assertThat(body(mvc.get().uri(reportPath(path)).exchange())).doesNotContain(note);
        assertThat(body(mvc.get().uri("/report").exchange())).doesNotContain(note);
        assertThat(mvc.get().uri("/desk/reports/" + id).exchange()).hasStatus(HttpStatus.FOUND);

        // filters: by status and by assignee
        var mine = html(mvc.get()
                .uri("/desk/reports?status=resolved&assignee=me&q=" + message.substring(message.length() - 36))
                .with(user(colleague))
                .exchange());
        assertThat(mine.select("tbody tr")).hasSize(1);
        assertThat(page("/desk/reports?status=new&q=" + message.substring(message.length() - 36))
                        .select("tbody tr"))
                .isEmpty();
    }

    @Test
    void badTriageInputIsRefusedWithAMessageTheFormKeptAndNothingChanged() {
        var message = "A wrong figure in the chart. " + UUID.randomUUID();
        assertThat(siteReport(message, "", reader())).hasStatus(HttpStatus.FOUND);
        var id = reportId(message);
        var version = version(id);

        var badStatus = triage(id, "closed-forever", "", "typed note kept", version);
        assertThat(badStatus).hasStatusOk();
        var page = html(badStatus);
        assertThat(page.select(".triage-form .error").text()).contains("Choose one of the statuses listed.");
        assertThat(page.select("textarea#note").text()).isEqualTo("typed note kept");

        var badAssignee = html(triage(id, "in_progress", "999999999", "typed again", version));
        assertThat(badAssignee.select(".triage-form .error").text()).contains("Choose someone from the list");
        assertThat(badAssignee.select("textarea#note").text()).isEqualTo("typed again");

        var tooLong = html(triage(id, "in_progress", "", "x".repeat(4001), version));
        assertThat(tooLong.select(".triage-form .error").text()).contains("at most 4,000 characters");

        assertThat(triage(id, "in_progress", "", "Taken by the desk.", version)).hasStatus(HttpStatus.FOUND);
        // a form read before that change is refused as a conflict, keeping what was typed
        var stale = html(triage(id, "dismissed", "", "my late note", version));
        assertThat(stale.select(".triage-form .error").text()).contains("Someone changed this report");
        assertThat(stale.select("textarea#note").text()).isEqualTo("my late note");
        assertThat(jdbc.sql("select status || '|' || note from error_report where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("in_progress|Taken by the desk.");
        assertThat(count("select count(*) from error_report_change where report_id = ?", id))
                .isEqualTo(2);

        assertThat(mvc.get().uri("/desk/reports/987654321").with(user(editor)).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theSiteWideFormFeedsTheSameQueueAndIsRateLimitedLikeThePerClaimOne() {
        var form = html(mvc.get().uri("/report").exchange());
        assertThat(form.select("form.report-form").attr("action")).isEqualTo("/report");
        assertThat(form.select("form.report-form input[name=_csrf]")).hasSize(1);
        assertThat(form.select("form.report-form input#page")).hasSize(1);
        // the footer's "Report an error" leads to it from every page without a fact-check of its own
        assertThat(html(mvc.get().uri("/").exchange()).select("footer a[href=/report]"))
                .hasSize(1);

        var message = "A tip: the minister repeated the claim today. " + UUID.randomUUID();
        var sent = siteReport(message, "https://factline.example/speakers/x", reader());
        assertThat(sent).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/report");
        assertThat(sent.getMvcResult().getFlashMap().get("reported")).isEqualTo(true);
        assertThat(jdbc.sql("select coalesce(claim_id, 0) || '|' || page || '|' || status from error_report"
                                + " where message = ?")
                        .param(message)
                        .query(String.class)
                        .single())
                .isEqualTo("0|https://factline.example/speakers/x|new");
        var desk = page("/desk/reports?about=site&q=" + message.substring(message.length() - 36));
        assertThat(desk.select("tbody tr").text())
                .contains("The site (general form)", "https://factline.example/speakers/x", "A tip");

        var refusedInput = html(mvc.post()
                .uri("/report")
                .with(csrf())
                .param("message", "short")
                .param("page", "p".repeat(501))
                .exchange());
        assertThat(refusedInput.select(".report-form .error").eachText())
                .contains("Please write between 10 and 4,000 characters.", "Please keep this under 500 characters.");
        assertThat(refusedInput.select("textarea#message").text()).isEqualTo("short");

        var address = reader();
        for (int i = 0; i < ErrorReports.PER_HOUR; i++) {
            assertThat(siteReport("Site-wide report number " + i + " from one reader.", "", address))
                    .hasStatus(HttpStatus.FOUND);
        }
        var refused = siteReport("One report too many from the same reader.", "", address);
        assertThat(refused).hasStatusOk();
        assertThat(html(refused).select(".report-form .error").text()).contains("several reports in the last hour");
        assertThat(html(refused).select("textarea#message").text())
                .isEqualTo("One report too many from the same reader.");
    }

    @Test
    void behindATrustedProxyEachReaderHasTheirOwnLimitAndAnUntrustedClientCannotForgeOne() {
        var flooder = reader();
        for (int i = 0; i < ErrorReports.PER_HOUR; i++) {
            assertThat(viaProxy(flooder, "Report " + i + " through the newsroom's proxy."))
                    .hasStatus(HttpStatus.FOUND);
        }
        assertThat(viaProxy(flooder, "A sixth report from the same reader.")).hasStatusOk();
        // another reader behind the same proxy is not held back by the first
        assertThat(viaProxy(reader(), "A report from another reader entirely.")).hasStatus(HttpStatus.FOUND);
        // a forged X-Forwarded-For written by the client itself, left of the proxy's, is not believed
        assertThat(post("/report", "A report with a made-up address in front.", request -> {
                    request.setRemoteAddr(PROXY);
                    request.addHeader("X-Forwarded-For", "10.1.2.3, " + flooder);
                    return request;
                }))
                .hasStatusOk();

        // from an address that is no trusted proxy, X-Forwarded-For is ignored: rotating it changes nothing
        var direct = reader();
        for (int i = 0; i < ErrorReports.PER_HOUR; i++) {
            var forged = "10.9.8." + i;
            assertThat(post("/report", "Direct report " + i + " with a forged header.", request -> {
                        request.setRemoteAddr(direct);
                        request.addHeader("X-Forwarded-For", forged);
                        return request;
                    }))
                    .hasStatus(HttpStatus.FOUND);
        }
        assertThat(post("/report", "The sixth direct report, yet another forged header.", request -> {
                    request.setRemoteAddr(direct);
                    request.addHeader("X-Forwarded-For", "10.9.8.200");
                    return request;
                }))
                .hasStatusOk();
    }

    @Test
    void whenAllReadersTogetherReachTheHourlyCapNewReportsArePausedWithAClearMessage() {
        long recent = count("select count(*) from error_report where created_at > now() - interval '1 hour'");
        var marker = "flood " + UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into error_report (message, client_hash, language)
                            select :marker || ' ' || n, md5(:marker || n), 'en' from generate_series(1, :n) n""")
                    .param("marker", marker)
                    .param("n", Math.max(0, properties.reportsPerHour() - recent))
                    .update();
            var refused = siteReport("A report from a new reader during the flood.", "", reader());
            assertThat(refused).hasStatusOk();
            var form = html(refused);
            assertThat(form.select(".report-form .error").text())
                    .contains("unusually large number of reports right now", "try again later");
            assertThat(form.select("textarea#message").text())
                    .isEqualTo("A report from a new reader during the flood.");
            assertThat(
                            count(
                                    "select count(*) from error_report where message = 'A report from a new reader during the flood.'"))
                    .isZero();
        } finally {
            jdbc.sql(
                            "update error_report set created_at = now() - interval '2 hours' where message like :marker || '%'")
                    .param("marker", marker)
                    .update();
        }
    }

    @Test
    void aFloodOfReportsIsPagedAndFilteredSoNothingIsHidden() {
        var marker = "paged" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        insert into error_report (message, client_hash, language, created_at)
                        select 'Report ' || n || ' of the flood ' || :marker, md5(:marker || n), 'en',
                               now() - interval '3 hours' - n * interval '1 minute'
                        from generate_series(1, 120) n""").param("marker", marker).update();
        var first = page("/desk/reports?q=" + marker);
        assertThat(first.select("tbody tr")).hasSize(ErrorReports.PAGE_SIZE);
        assertThat(first.select("p.note[role=status]").text()).isEqualTo("120 reports match.");
        assertThat(first.select("tbody tr").first().text()).contains("Report 1 of the flood");
        assertThat(first.select("nav.pager").text()).contains("Page 1 of 3");
        var next = first.select("nav.pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/desk/reports?q=" + marker + "&page=1");
        var third = page("/desk/reports?q=" + marker + "&page=2");
        assertThat(third.select("tbody tr")).hasSize(20);
        assertThat(third.select("tbody tr").last().text()).contains("Report 120 of the flood");

        // the oldest is there, with its filters, and every status can be asked for
        assertThat(page("/desk/reports?status=new&about=site&assignee=none&q=" + marker)
                        .select("p.note[role=status]")
                        .text())
                .isEqualTo("120 reports match.");
        assertThat(page("/desk/reports?about=claim&q=" + marker).select("tbody tr"))
                .isEmpty();

        // a control character in a parameter is our 400 page naming it, as on every page
        var nul = mvc.get()
                .uri("/desk/reports")
                .param("q", marker + "\u0000")
                .with(user(editor))
                .exchange();
        assertThat(nul).hasStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        assertThat(html(nul).text()).contains("The parameter q holds an invisible control character (U+0000)");

        // values the list cannot understand are named, and the rest of the filter still applies
        var bad = mvc.get()
                .uri("/desk/reports?status=closed&assignee=x&about=y&page=-1")
                .param("q", marker)
                .with(user(editor))
                .exchange();
        assertThat(bad).hasStatusOk();
        assertThat(html(bad).select(".flash.error p").eachText())
                .containsExactly(
                        "\"closed\" is not a status; all statuses are shown.",
                        "\"x\" is not someone reports can be assigned to; reports of anyone are shown.",
                        "\"y\" is neither a fact-check nor the site; both are shown.",
                        "\"-1\" is not a page number; the first page is shown.");
        assertThat(html(bad).select("p.note[role=status]").text()).isEqualTo("120 reports match.");
    }

    private MvcTestResult triage(long id, String status, String assignee, String note, long version) {
        return mvc.post()
                .uri("/desk/reports/" + id)
                .with(user(editor))
                .with(csrf())
                .param("status", status)
                .param("assignee", assignee)
                .param("note", note)
                .param("version", String.valueOf(version))
                .exchange();
    }

    private Document page(String uri) {
        return html(mvc.get().uri(uri).with(user(editor)).exchange());
    }

    private MvcTestResult report(String uri, String message, String address) {
        return post(uri, message, request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private MvcTestResult siteReport(String message, String page, String address) {
        return mvc.post()
                .uri("/report")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("message", message)
                .param("page", page)
                .exchange();
    }

    private MvcTestResult viaProxy(String reader, String message) {
        return post("/report", message, request -> {
            request.setRemoteAddr(PROXY);
            request.addHeader("X-Forwarded-For", reader);
            return request;
        });
    }

    private MvcTestResult post(String uri, String message, RequestPostProcessor from) {
        return mvc.post()
                .uri(uri)
                .with(csrf())
                .with(from)
                .param("message", message)
                .exchange();
    }

    private long reportId(String message) {
        return count("select id from error_report where message = ?", message);
    }

    private long version(long id) {
        return count("select version from error_report where id = ?", id);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A reader's address of their own (IPv6 documentation range), so no test shares another's limit. */
    private static String reader() {
        var random = UUID.randomUUID().toString();
        return "2001:db8:" + random.substring(0, 4) + ":" + random.substring(9, 13) + "::1";
    }
}

package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factline.timeline.PublicFixtures.body;

import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.claim.ClaimRetractions;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Retractions in the open (issue 13): an editor retracts a published fact-check with a public reason,
 * after a confirmation; its address then answers 410 Gone with a notice of what was published, when, and
 * when and why it was withdrawn; the retraction is listed on /corrections and in the feed, and the claim
 * leaves the sitemap, search and listings. The desk shows who retracted it, when and why.
 */
@IntegrationTest
class RetractionTests {

    private static final String REASON = "The interview quoted here never took place; Izvestia withdrew it.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    PublicFixtures fixtures;
    FactlineUser editor;
    Claim claim;
    String retractPage;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        fixtures = new PublicFixtures(context);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
        claim = fixtures.published(
                TestData.unique("Korean builders"), "Pekerja Korea zebrahijau membangun kembali Donbas.", 1, 1);
        retractPage = "/desk/claims/" + claim.getId() + "/unpublish";
    }

    @Test
    void retractingWithoutAReasonIsRefusedBesideTheFieldAndChangesNothing() {
        var question = DeskTestSupport.html(desk.get(editor, retractPage));
        assertThat(question.select("h1").text()).isEqualTo("Retract this fact-check?");
        assertThat(question.select("form[action='" + retractPage + "'] textarea[name=reason]"))
                .hasSize(1);
        assertThat(question.select("label[for=reason]").text()).isEqualTo("Public reason for the retraction");

        var blank = desk.post(editor, retractPage, "confirm", "yes", "reason", "  \n ")
                .exchange();
        assertThat(blank).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(blank, "reason"))
                .isEqualTo("Say why the fact-check is retracted: readers will read this reason.");
        assertThat(DeskTestSupport.html(blank).select("textarea#reason").attr("aria-describedby"))
                .contains("reason-error");

        var inIndonesian = desk.post(editor, retractPage, "confirm", "yes", "reason", "")
                .header("Accept-Language", "id")
                .exchange();
        assertThat(DeskTestSupport.fieldError(inIndonesian, "reason"))
                .isEqualTo("Tuliskan mengapa cek fakta ini ditarik: pembaca akan membaca alasan ini.");

        var tooLong = desk.post(editor, retractPage, "confirm", "yes", "reason", "x".repeat(2001))
                .exchange();
        assertThat(DeskTestSupport.fieldError(tooLong, "reason"))
                .isEqualTo("Please use between 0 and 2000 characters.");

        assertThat(status()).isEqualTo("PUBLISHED");
        assertThat(retractions()).isZero();
        assertThat(mvc.get().uri(claim.path()).exchange()).hasStatusOk();
    }

    @Test
    void aReporterCannotRetract() {
        var reporter = desk.person(Role.REPORTER);
        assertThat(desk.get(reporter, retractPage)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(desk.post(reporter, retractPage, "confirm", "yes", "reason", REASON)
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId()))
                        .select("a[href='" + retractPage + "']"))
                .isEmpty();

        // the service refuses a reporter too, whoever calls it
        var account = desk.data.user(Role.REPORTER);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.getEmail(), null, java.util.List.of(new SimpleGrantedAuthority("ROLE_REPORTER"))));
        SecurityContextHolder.setContext(security);
        try {
            assertThatThrownBy(() ->
                            context.getBean(ClaimRetractions.class).retract(claim.getId(), REASON, account.getId()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(status()).isEqualTo("PUBLISHED");
        assertThat(retractions()).isZero();
        assertThat(mvc.get().uri(claim.path()).exchange()).hasStatusOk();
    }

    @Test
    void aRetractedFactCheckAnswersGoneWithItsNoticeAndLeavesTheListings() {
        var word = "zebrahijau";
        assertThat(body(mvc.get().uri("/search").param("q", word).exchange())).contains(claim.getSummary());
        assertThat(body(mvc.get().uri("/sitemap-claims-0.xml").exchange())).contains(claim.path());
        assertThat(body(mvc.get().uri("/").exchange())).contains(claim.getSummary());
        assertThat(mvc.get().uri(claim.path()).exchange()).hasStatusOk();

        assertThat(desk.post(editor, retractPage, "confirm", "yes", "reason", REASON)
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/desk/claims/" + claim.getId())
                .flash()
                .containsEntry("message", "desk.claim.unpublished");
        assertThat(status()).isEqualTo("ARCHIVED");
        // what readers were shown is kept: an edit of the claim afterwards does not change the notice
        desk.jdbc
                .sql("update claim set summary = 'Edited after the retraction', text = 'Kata lain.' where id = ?")
                .param(claim.getId())
                .update();

        var gone = mvc.get().uri(claim.path()).exchange();
        assertThat(gone).hasStatus(HttpStatus.GONE);
        var notice = PublicFixtures.html(gone);
        assertThat(notice.title()).isEqualTo("Retracted: " + claim.getSummary() + " · Factline");
        assertThat(notice.select("h1").text()).isEqualTo("This fact-check was retracted");
        assertThat(notice.select(".retraction-reason").text()).isEqualTo(REASON);
        assertThat(notice.select(".retraction-dates").text())
                .matches("Published \\d{1,2} \\w+ \\d{4}; retracted \\d{1,2} \\w+ \\d{4}\\.");
        assertThat(notice.select(".retracted-summary").text()).isEqualTo(claim.getSummary());
        assertThat(notice.select(".claim-quote").text()).isEqualTo(claim.getText());
        assertThat(notice.select(".speaker").text())
                .isEqualTo(desk.jdbc
                        .sql("select s.name from speaker s join claim c on c.speaker_id = s.id where c.id = ?")
                        .param(claim.getId())
                        .query(String.class)
                        .single());
        assertThat(notice.select(".withdrawn-verdict .rating-label").text()).isEqualTo("False");
        assertThat(notice.select(".withdrawn-verdict .verdict-summary").text())
                .isEqualTo("The claim is not accurate: " + claim.getSummary());
        assertThat(notice.select("main, footer")).hasSize(2);
        assertThat(notice.select("html").attr("lang")).isEqualTo("en");

        var indonesian = mvc.get().uri("/id" + claim.path()).exchange();
        assertThat(indonesian).hasStatus(HttpStatus.GONE);
        assertThat(PublicFixtures.html(indonesian).select("h1").text()).isEqualTo("Cek fakta ini telah ditarik");
        assertThat(mvc.get().uri(claim.path() + "?lang=id").exchange()).hasRedirectedUrl("/id" + claim.path());
        assertThat(mvc.get().uri("/claims/" + claim.getId()).exchange()).hasRedirectedUrl(claim.path());

        var listed = listedOnCorrections();
        assertThat(listed.select(".reason").text()).isEqualTo(REASON);
        assertThat(listed.select("time").text()).startsWith("Retracted on ");
        assertThat(listed.select("h3 a").attr("href")).isEqualTo(claim.path());

        var feed = body(mvc.get().uri("/feed.atom").exchange());
        assertThat(feed)
                .contains("<title>Retracted: " + claim.getSummary() + "</title>")
                .contains("<summary>" + REASON + "</summary>")
                .contains("<category term=\"retracted\"")
                .doesNotContain("<title>False: " + claim.getSummary() + "</title>");

        assertThat(body(mvc.get().uri("/search").param("q", word).exchange())).doesNotContain(claim.getSummary());
        assertThat(body(mvc.get().uri("/sitemap-claims-0.xml").exchange())).doesNotContain(claim.path());
        assertThat(body(mvc.get().uri("/").exchange())).doesNotContain(claim.getSummary());

        var deskPage = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId()));
        assertThat(deskPage.select("#retractions .retraction").text())
                .contains("Retracted on ", " by " + editor.displayName(), REASON);
        var history = DeskTestSupport.html(desk.get(editor, "/desk/claims/" + claim.getId() + "/history"));
        assertThat(history.text())
                .contains("retracted the claim", "created the retraction", "Public reason for the retraction", REASON);
    }

    @Test
    void aRepublishedFactCheckIsShownAgainAndItsRetractionStaysInTheRecord() {
        desk.post(editor, retractPage, "confirm", "yes", "reason", REASON).exchange();
        assertThat(mvc.get().uri(claim.path()).exchange()).hasStatus(HttpStatus.GONE);

        assertThat(desk.post(editor, "/desk/claims/" + claim.getId() + "/republish")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri(claim.path()).exchange()).hasStatusOk();
        var listed = listedOnCorrections();
        assertThat(listed.select(".reason").text()).isEqualTo(REASON);
        assertThat(listed.select(".republished").text()).startsWith("Published again on ");

        // and it may be retracted again, for a reason of its own
        desk.post(editor, retractPage, "confirm", "yes", "reason", "Withdrawn once more.")
                .exchange();
        assertThat(body(mvc.get().uri(claim.path()).exchange())).contains("Withdrawn once more.");
        assertThat(retractions()).isEqualTo(2);
    }

    private org.jsoup.nodes.Element listedOnCorrections() {
        return PublicFixtures.html(mvc.get().uri("/corrections").exchange())
                .select("#retractions ~ ol.retractions li.retraction")
                .stream()
                .filter(li -> li.select("h3").text().equals(claim.getSummary()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the retraction is not on /corrections"));
    }

    private String status() {
        return desk.jdbc
                .sql("select status from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    private long retractions() {
        return desk.count("select count(*) from claim_retraction where claim_id = ?", claim.getId());
    }
}

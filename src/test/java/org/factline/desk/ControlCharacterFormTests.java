package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Control characters typed or pasted into a form are refused beside the field, the form kept as typed: a NUL
 * came back as the edit-conflict page (409) with the form lost, and a vertical tab was saved and broke every
 * feed. Line breaks are text where the field has several lines. A parameter outside a form (a search, an
 * export's filter, a send-back comment) gets our 400 page.
 */
@IntegrationTest
class ControlCharacterFormTests {

    static final String REFUSED = "This holds an invisible control character";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    FactlineUser reporter;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "summary     | Short\\u000b summary          | U+000B, at character 6",
                "quote       | membangun\\u0000 kembali        | U+0000, at character 10",
                "speakerName | Vladimir Putin\\u0001           | U+0001, at character 15",
                "chain       | KCNA\\u001b                     | U+001B, at character 5",
                "saidWhere   | at a press\\nconference         | U+000A, at character 11"
            })
    void theClaimFormRefusesAControlCharacterBesideItsFieldAndKeepsTheForm(String field, String typed, String which) {
        var value = unescape(typed);
        var article = desk.data.tribunWow();
        long claims = desk.count("select count(*) from claim");
        var valid = new LinkedHashMap<String, String>();
        valid.put("quote", "membangun kembali infrastruktur");
        valid.put("quoteKind", "DIRECT");
        valid.put("chain", "KCNA");
        valid.put("speakerName", "Vladimir Putin");
        valid.put("language", "id");
        valid.put("summary", "Short summary");
        valid.put("saidOn", "2022-08-15");
        valid.put("datePrecision", "DAY");
        valid.put("saidWhere", "at a press conference");
        var result = desk.postWith(reporter, "/desk/articles/" + article.getId() + "/claims", valid, field, value);

        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, field))
                .startsWith(REFUSED)
                .contains("(" + which + ")");
        var page = DeskTestSupport.html(result);
        assertThat(page.select("#error-summary").text()).contains(REFUSED);
        // what the reporter typed comes back, the other fields as well
        for (var typedIn : valid.entrySet()) {
            var input = page.getElementById(typedIn.getKey());
            if (input == null || !input.is("input[type=text], textarea")) {
                continue;
            }
            var shown = input.is("textarea") ? input.text() : input.val();
            assertThat(printable(shown))
                    .as(typedIn.getKey())
                    .isEqualTo(printable(typedIn.getKey().equals(field) ? value : typedIn.getValue()));
        }
        assertThat(desk.count("select count(*) from claim")).isEqualTo(claims);
    }

    @Test
    void theVerdictFormRefusesControlCharactersAndTakesLineBreaksInTheRationale() {
        Claim claim = desk.data.matsegoraLabourClaim();
        var uri = "/desk/claims/" + claim.getId() + "/verdicts";
        var valid = new LinkedHashMap<String, String>();
        valid.put("ratingId", String.valueOf(desk.rating("false")));
        valid.put("summary", "Summary.");
        valid.put("rationale", "First paragraph.\r\n\r\nSecond\tparagraph.");

        var summary = desk.postWith(reporter, uri, valid, "summary", "Summary\u0001.");
        assertThat(summary).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(summary, "summary")).startsWith(REFUSED);
        assertThat(DeskTestSupport.html(summary).select("#rationale").text()).contains("Second\tparagraph.");

        var rationale = desk.postWith(reporter, uri, valid, "rationale", "First.\n\nSecond\u0000.");
        assertThat(rationale).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(rationale, "rationale"))
                .startsWith(REFUSED)
                .contains("U+0000");
        assertThat(desk.count("select count(*) from verdict where claim_id = ?", claim.getId()))
                .isZero();

        assertThat(desk.postWith(reporter, uri, valid, "summary", "Summary.")).hasStatus3xxRedirection();
        assertThat(desk.count(
                        "select count(*) from verdict where claim_id = ? and rationale like '%Second\tparagraph.'",
                        claim.getId()))
                .isEqualTo(1);

        // a send-back comment is no form of its own: our 400 page, nothing written
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        long verdict = desk.count("select id from verdict where claim_id = ?", claim.getId());
        var comment = desk.post(
                        editor, "/desk/verdicts/" + verdict + "/send-back", "version", "0", "comment", "No\u0000")
                .exchange();
        assertThat(comment).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(DeskTestSupport.html(comment).text())
                .contains("The parameter comment holds an invisible control character (U+0000)");
    }

    @Test
    void theSpeakerFormRefusesAControlCharacterInANameAndInARoleOfTheList() {
        var speakers = context.getBean(SpeakerManagement.class);
        var name = TestData.unique("Sergey Shoygu");
        var speaker = speakers.create(
                new NewSpeaker(SpeakerKind.PERSON, name, null, null, null, java.util.List.of(), java.util.List.of()));
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        var uri = "/desk/speakers/" + speaker.getId() + "/edit";
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("version", String.valueOf(speaker.getVersion()));
        valid.put("kind", "PERSON");
        valid.put("name", name);
        valid.put("aliases", "Сергей Шойгу\nSergei Shoigu");
        valid.put("roles[0].title", "Minister of Defence");
        valid.put("roles[0].organisation", "Government of Russia");
        valid.put("roles[0].startedOn", "2012-11-06");

        var named = desk.postWith(editor, uri, valid, "name", name + "\u0001");
        assertThat(named).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(named, "name")).startsWith(REFUSED);
        assertThat(DeskTestSupport.html(named).select("#aliases").text()).contains("Sergei Shoigu");

        var role = desk.postWith(editor, uri, valid, "roles[0].title", "Minister\u000b of Defence");
        assertThat(role).hasStatusOk();
        assertThat(DeskTestSupport.html(role)
                        .getElementById("roles[0].title-error")
                        .text())
                .startsWith(REFUSED);
        assertThat(desk.count("select count(*) from speaker where name like ?", name + "%"))
                .isEqualTo(1);
        assertThat(desk.count("select count(*) from speaker_role where speaker_id = ?", speaker.getId()))
                .isZero();
    }

    @Test
    void aReaderReportWithANulIsRefusedWithTheMessageKept() {
        var result = mvc.post()
                .uri("/report")
                .param("message", "The date\u0000 in this fact-check is wrong.")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange();
        assertThat(result).hasStatusOk();
        var page = DeskTestSupport.html(result);
        assertThat(page.select("#message").text()).contains("in this fact-check is wrong.");
        assertThat(page.text()).contains(REFUSED);
    }

    /** A NUL in the e-mail of the sign-in form is a failed sign-in like any unknown e-mail, never an error. */
    @Test
    void aNulInTheSignInEmailIsAFailedSignIn() {
        var result = mvc.post()
                .uri("/login")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("username", "nobody\u0000@example.org")
                .param("password", "correct horse battery staple")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(result.getResponse().getRedirectedUrl()).contains("/login?error");
    }

    @Test
    void aNulInTheExportsQueryIsOur400PageNotA500() {
        for (var uri : new String[] {"/export/claims.csv", "/export/appearances.csv"}) {
            var result = mvc.get().uri(uri + "?q={q}", "a\u0000b").exchange();
            assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(DeskTestSupport.html(result).select("h1").text()).isEqualTo("This address is not quite right");
            assertThat(DeskTestSupport.html(result).text())
                    .contains("The parameter q holds an invisible control character (U+0000)");
        }
        var editor = desk.person(Role.REPORTER, Role.EDITOR);
        var desk400 = mvc.get()
                .uri("/desk/export/claims.csv?q={q}", "a\u0000b")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        editor))
                .exchange();
        assertThat(desk400).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(DeskTestSupport.html(desk400).text())
                .contains("The parameter q holds an invisible control character (U+0000)");
        assertThat(mvc.get().uri("/search?q={q}", "a\u000bb").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    private static String printable(String text) {
        return text.replaceAll("[\\p{Cc}\uFFFD]", "").replaceAll("\\s+", " ");
    }

    private static String unescape(String typed) {
        return typed.replace("\\u000b", "\u000b")
                .replace("\\u0000", "\u0000")
                .replace("\\u0001", "\u0001")
                .replace("\\u001b", "\u001b")
                .replace("\\n", "\n");
    }
}

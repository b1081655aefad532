package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A value no browser sends from our forms (an option that is not offered, a number that is not one) is a
 * mistake in the request, not a fault of ours: the form comes back with what was typed and the message
 * beside the field, in the reader's language, never a server error.
 */
@IntegrationTest
class BadFormValueTests {

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

    private Map<String, String> newClaim() {
        var form = new LinkedHashMap<String, String>();
        form.put("quote", TestData.unique("bad option"));
        form.put("quoteKind", "PARAPHRASE");
        form.put("chain", "KCNA");
        form.put("speakerName", "Vladimir Putin");
        form.put("language", "id");
        form.put("summary", "A claim typed with care");
        form.put("datePrecision", "DAY");
        form.put("saidOn", "2022-08-15");
        return form;
    }

    private String newClaimUri() {
        return "/desk/articles/" + desk.data.tribunWow().getId() + "/claims";
    }

    @Test
    void anOptionNotOfferedOnTheNewClaimFormIsAFieldErrorWithTheFormKept() {
        long before = desk.count("select count(*) from claim");
        for (var bad : Map.of("quoteKind", "BOGUS", "datePrecision", "X", "storedTextDiffers", "maybe")
                .entrySet()) {
            var result = desk.postWith(reporter, newClaimUri(), newClaim(), bad.getKey(), bad.getValue());
            assertThat(result).as(bad.getKey()).hasStatusOk();
            assertThat(DeskTestSupport.fieldError(result, bad.getKey()))
                    .as(bad.getKey())
                    .isEqualTo("This value is not valid.");
            var page = DeskTestSupport.html(result);
            assertThat(page.select("#summary").attr("value")).isEqualTo("A claim typed with care");
            assertThat(page.select("#saidOn").attr("value")).isEqualTo("2022-08-15");
        }
        assertThat(desk.count("select count(*) from claim")).isEqualTo(before);
    }

    @Test
    void anOptionNotOfferedIsRefusedInIndonesianToo() {
        var result = desk.postWith(reporter, newClaimUri() + "?lang=id", newClaim(), "datePrecision", "X");
        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, "datePrecision")).isEqualTo("Nilai ini tidak sah.");
    }

    @Test
    void aBadValueOnTheClaimEditFormIsAFieldErrorWithTheFormKept() {
        var claim = desk.data.matsegoraLabourClaim();
        var edit = new LinkedHashMap<String, String>();
        edit.put("version", String.valueOf(claim.getVersion()));
        edit.put("speakerName", claim.getSpeaker().getName());
        edit.put("claimText", claim.getText());
        edit.put("language", claim.getLanguage());
        edit.put("translationLanguage", "en");
        edit.put("summary", "Typed before the mistake");
        edit.put("datePrecision", "DAY");
        edit.put("saidOn", "2022-07-18");
        edit.put("topics", "");
        var uri = "/desk/claims/" + claim.getId() + "/edit";
        for (var bad : Map.of("datePrecision", "X", "newSpeakerKind", "BOGUS").entrySet()) {
            var result = desk.postWith(reporter, uri, edit, bad.getKey(), bad.getValue());
            assertThat(result).as(bad.getKey()).hasStatusOk();
            assertThat(DeskTestSupport.fieldError(result, bad.getKey()))
                    .as(bad.getKey())
                    .isEqualTo("This value is not valid.");
            assertThat(DeskTestSupport.html(result).select("#summary").attr("value"))
                    .isEqualTo("Typed before the mistake");
        }
        // the version is no field of the reader's: a page that cannot be saved as it is, said on the form
        MvcTestResult version = desk.postWith(reporter, uri, edit, "version", "abc");
        assertThat(version).hasStatusOk();
        assertThat(DeskTestSupport.html(version).select("#summary").attr("value"))
                .isEqualTo("Typed before the mistake");
        assertThat(DeskTestSupport.html(version).select(".error-summary").text())
                .isNotEmpty();
    }

    @Test
    void aRatingThatIsNotANumberIsAFieldErrorOnTheVerdictForm() {
        var claim = desk.data.matsegoraLabourClaim();
        var result = desk.post(
                        reporter,
                        "/desk/claims/" + claim.getId() + "/verdicts",
                        "ratingId",
                        "abc",
                        "summary",
                        "Kept summary",
                        "rationale",
                        "Kept rationale")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, "ratingId")).isNotEmpty();
        assertThat(DeskTestSupport.html(result).select("textarea#rationale").text())
                .isEqualTo("Kept rationale");
    }
}

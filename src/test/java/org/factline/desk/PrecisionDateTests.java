package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The date said is typed at the precision chosen beside it (a year, a month and year, a day), on the new
 * claim and claim edit forms alike: a date that says more or less than its precision, or that does not
 * exist, is refused beside the field with the form kept, never cut short and never a server error.
 */
@IntegrationTest
class PrecisionDateTests {

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

    private Map<String, String> newClaim(String quote) {
        var form = new LinkedHashMap<String, String>();
        form.put("quote", quote);
        form.put("quoteKind", "PARAPHRASE");
        form.put("chain", "KCNA");
        form.put("speakerName", "Vladimir Putin");
        form.put("language", "id");
        form.put("summary", "A claim with a date");
        form.put("datePrecision", "DAY");
        form.put("saidOn", "2022-08-15");
        return form;
    }

    private MvcTestResult record(String saidOn, String precision) {
        var form = newClaim(org.factline.TestData.unique("precision"));
        form.put("datePrecision", precision);
        return desk.postWith(
                reporter, "/desk/articles/" + desk.data.tribunWow().getId() + "/claims", form, "saidOn", saidOn);
    }

    private String saved(MvcTestResult result) {
        assertThat(result).hasStatus3xxRedirection();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        return desk.jdbc
                .sql("select said_on::text || ' ' || date_precision from claim where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void aYearAMonthOrADayIsAskedForAndKeptAtItsPrecision() {
        assertThat(saved(record("2022", "YEAR"))).isEqualTo("2022-01-01 YEAR");
        assertThat(saved(record("2022-07", "MONTH"))).isEqualTo("2022-07-01 MONTH");
        assertThat(saved(record("2022-07-18", "DAY"))).isEqualTo("2022-07-18 DAY");

        // one text field the server reads per precision, which desk.js turns into a year, month or date field
        var page = DeskTestSupport.html(
                desk.get(reporter, "/desk/articles/" + desk.data.tribunWow().getId() + "/claims/new"));
        var field = page.selectFirst("input#saidOn");
        assertThat(field.attr("type")).isEqualTo("text");
        assertThat(field.attr("data-precision-field")).isEqualTo("datePrecision");
        assertThat(page.select("#saidOn-help").text()).contains("2022-07-18", "2022-07", "2022");
    }

    @Test
    void aDateThatSaysMoreOrLessThanItsPrecisionIsRefusedNotCut() {
        int before = claims();
        assertRefused(
                record("2022-07-18", "MONTH"),
                "2022-07-18",
                "For a month, write the year and the month, e.g. 2022-07 (choose \"Exact day\" to keep the day).");
        assertRefused(
                record("2022-07", "YEAR"),
                "2022-07",
                "For a year, write only the year, e.g. 2022 (choose \"Month only\" or \"Exact day\" to keep more).");
        assertRefused(
                record("2022-07", "DAY"), "2022-07", "For a day, write the year, month and day, e.g. 2022-07-18.");
        assertRefused(
                record("2022", "UNKNOWN"),
                "2022",
                "An unknown date has no date: empty this field, or choose how precise the date is.");
        assertRefused(record("July 2022", "MONTH"), "July 2022", "For a month, write the year and the month,");
        assertThat(claims()).isEqualTo(before);
    }

    @Test
    void anImpossibleDateIsAFieldErrorNeverAServerError() {
        int before = claims();
        assertRefused(record("2022-02-30", "DAY"), "2022-02-30", "There is no such date: check the month and the day.");
        assertRefused(record("2022-13", "MONTH"), "2022-13", "There is no such date: check the month and the day.");
        assertRefused(record("2999-01", "MONTH"), "2999-01", "This date is in the future.");
        assertThat(claims()).isEqualTo(before);

        // in Indonesian too
        var form = newClaim("kutipan");
        var indonesian = desk.post(
                        reporter,
                        "/desk/articles/" + desk.data.tribunWow().getId() + "/claims?lang=id",
                        "quote",
                        "kutipan",
                        "quoteKind",
                        "PARAPHRASE",
                        "chain",
                        form.get("chain"),
                        "speakerName",
                        "Vladimir Putin",
                        "language",
                        "id",
                        "saidOn",
                        "2022-02-30",
                        "datePrecision",
                        "DAY")
                .exchange();
        assertThat(DeskTestSupport.fieldError(indonesian, "saidOn"))
                .isEqualTo("Tanggal itu tidak ada: periksa bulan dan harinya.");
    }

    @Test
    void theEditFormAsksForTheDateAtItsPrecisionToo() {
        var claim = desk.data.matsegoraLabourClaim();
        var edit = new LinkedHashMap<String, String>();
        edit.put("version", String.valueOf(claim.getVersion()));
        edit.put("speakerName", claim.getSpeaker().getName());
        edit.put("claimText", claim.getText());
        edit.put("language", claim.getLanguage());
        edit.put("translationLanguage", "en");
        edit.put("summary", "North Korean workers for Donbas");
        edit.put("datePrecision", "YEAR");
        edit.put("topics", "");
        var uri = "/desk/claims/" + claim.getId() + "/edit";

        var impossible = desk.postWith(reporter, uri, edit, "saidOn", "2022-02-30");
        assertThat(impossible).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(impossible, "saidOn"))
                .isEqualTo(
                        "For a year, write only the year, e.g. 2022 (choose \"Month only\" or \"Exact day\" to keep more).");
        edit.put("datePrecision", "DAY");
        var noSuchDay = desk.postWith(reporter, uri, edit, "saidOn", "2022-02-30");
        assertThat(DeskTestSupport.fieldError(noSuchDay, "saidOn"))
                .isEqualTo("There is no such date: check the month and the day.");
        assertThat(DeskTestSupport.html(noSuchDay).select("input#saidOn").attr("value"))
                .isEqualTo("2022-02-30");

        edit.put("datePrecision", "YEAR");
        assertThat(desk.postWith(reporter, uri, edit, "saidOn", "2022")).hasStatus3xxRedirection();
        assertThat(desk.jdbc
                        .sql("select said_on::text || ' ' || date_precision from claim where id = ?")
                        .param(claim.getId())
                        .query(String.class)
                        .single())
                .isEqualTo("2022-01-01 YEAR");
        var page = DeskTestSupport.html(desk.get(reporter, uri));
        assertThat(page.select("input#saidOn").attr("value")).isEqualTo("2022");
    }

    private void assertRefused(MvcTestResult result, String typed, String message) {
        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, "saidOn")).startsWith(message);
        var page = DeskTestSupport.html(result);
        assertThat(page.select("input#saidOn").attr("value")).isEqualTo(typed);
        assertThat(page.select("input#saidOn").attr("aria-invalid")).isEqualTo("true");
    }

    private int claims() {
        return (int) desk.count("select count(*) from claim");
    }
}

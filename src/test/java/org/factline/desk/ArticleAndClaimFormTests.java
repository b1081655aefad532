package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The forms a reporter uses to record articles and claims: valid input saves, bad input changes nothing. */
@IntegrationTest
class ArticleAndClaimFormTests {

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

    @Test
    void recordsAnArticleUnderItsCanonicalUrl() {
        var url = "https://www.theguardian.com/world/2022/aug/17/" + UUID.randomUUID();
        var result = desk.post(
                        reporter,
                        "/desk/articles",
                        "url",
                        url + "?utm_source=twitter",
                        "title",
                        "Pushilin writes to Kim",
                        "outlet",
                        "The Guardian",
                        "authors",
                        "Reporter One, Reporter Two",
                        "language",
                        "en",
                        "publishedOn",
                        "2022-08-17",
                        "body",
                        "")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().matches("/desk/articles/\\d+");
        assertThat(desk.count(
                        "select count(*) from article where url = ? and normalized_url = ? and created_by = ?",
                        url,
                        url.replace("://www.", "://"),
                        reporter.userId()))
                .isEqualTo(1);
        var again = desk.post(
                        reporter,
                        "/desk/articles",
                        "url",
                        url.replace("https://www.", "http://") + "/?page=all&fbclid=IwAR0",
                        "title",
                        "Again",
                        "outlet",
                        "The Guardian",
                        "language",
                        "en")
                .exchange();
        assertThat(again)
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(result.getResponse().getRedirectedUrl());
        assertThat(desk.count(
                        "select count(*) from article where url like ?", "%" + url.substring(url.lastIndexOf('/'))))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "url        | ''                    | Please fill this in.",
                "url        | javascript:alert(1)   | This is not a web address (http:// or https://).",
                "url        | ftp://example.org/x   | This is not a web address (http:// or https://).",
                "title      | ''                    | Please fill this in.",
                "outlet     | ''                    | Please fill this in.",
                "language   | english               | Choose a language code such as id or en.",
                "publishedOn| 2999-01-01            | This date is in the future.",
                "publishedOn| 17/08/2022            | Not a valid date (use YYYY-MM-DD)."
            })
    void refusesABadArticleAndWritesNothing(String field, String value, String message) {
        long before = desk.count("select count(*) from article");
        var valid = new java.util.LinkedHashMap<String, String>();
        valid.put("url", "https://example.org/" + UUID.randomUUID());
        valid.put("title", "Title");
        valid.put("outlet", "Outlet");
        valid.put("language", "id");
        valid.put("publishedOn", "2022-08-17");
        var result = desk.postWith(reporter, "/desk/articles", valid, field, value);

        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, field)).isEqualTo(message);
        assertThat(desk.count("select count(*) from article")).isEqualTo(before);
    }

    @Test
    void recordsAClaimWithANewAppearanceAnchoredInTheArticleText() {
        var speaker = desk.data.matsegora();
        var article = desk.data.tribunWow();
        var result = desk.post(
                        reporter,
                        "/desk/articles/" + article.getId() + "/claims",
                        "quote",
                        "tenaga kerja Korea Utara dapat dikirim",
                        "quoteKind",
                        "PARAPHRASE",
                        "chain",
                        "Izvestia | https://iz.ru/\nMatsegora's interview",
                        "speakerName",
                        speaker.getAliases().iterator().next(),
                        "language",
                        "id",
                        "translation",
                        "North Korean workers could be sent.",
                        "translationLanguage",
                        "en",
                        "summary",
                        "North Korean workers could be sent to Donbas",
                        "saidOn",
                        "2022-07",
                        "datePrecision",
                        "MONTH",
                        "saidWhere",
                        "in an interview with Izvestia",
                        "topics",
                        "North Korea\nDonbas")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().matches("/desk/claims/\\d+");
        long claimId = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(desk.jdbc
                        .sql(
                                "select speaker_id, status, said_on::text, date_precision, created_by, text from claim where id = ?")
                        .param(claimId)
                        .query((rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                                + rs.getString(4) + "|" + rs.getLong(5) + "|" + rs.getString(6))
                        .single())
                .isEqualTo(speaker.getId() + "|DRAFT|2022-07-01|MONTH|" + reporter.userId()
                        + "|tenaga kerja Korea Utara dapat dikirim");
        assertThat(desk.jdbc
                        .sql(
                                "select quote_prefix || '[' || quote || ']' || quote_suffix from appearance where claim_id = ?")
                        .param(claimId)
                        .query(String.class)
                        .single())
                .contains("Alexander Matsegora, mengatakan [tenaga kerja Korea Utara dapat dikirim] untuk membantu");
        assertThat(desk.jdbc.sql("""
                        select string_agg(name, ' < ' order by position) from appearance_attribution aa
                        join appearance a on a.id = aa.appearance_id where a.claim_id = ?""").param(claimId).query(String.class).single())
                .isEqualTo("Izvestia < Matsegora's interview");
        assertThat(desk.count("select count(*) from claim_topic where claim_id = ?", claimId))
                .isEqualTo(2);
    }

    @Test
    void theEditFormShowsTheClaimAsSavedWithDatesADateFieldCanRead() {
        var claim = desk.data.matsegoraLabourClaim();
        var page = DeskTestSupport.html(desk.get(reporter, "/desk/claims/" + claim.getId() + "/edit"));
        assertThat(page.select("input#saidOn").attr("value")).isEqualTo("2022-07");
        assertThat(page.select("select#datePrecision option[selected]").attr("value"))
                .isEqualTo("MONTH");
        assertThat(page.select("input#speakerName").attr("value"))
                .isEqualTo(claim.getSpeaker().getName());
        assertThat(page.select("input#summary").attr("value")).isEqualTo("North Korean workers could rebuild Donbas");
    }

    @Test
    void createsAnUnknownSpeakerInlineWhenAskedTo() {
        var article = desk.data.tribunWow();
        var name = "Speaker " + UUID.randomUUID();
        var result = desk.post(
                        reporter,
                        "/desk/articles/" + article.getId() + "/claims",
                        "quote",
                        "membangun kembali infrastruktur",
                        "quoteKind",
                        "DIRECT",
                        "speakerName",
                        name,
                        "newSpeakerKind",
                        "ORGANISATION",
                        "newSpeakerRole",
                        "Ministry",
                        "language",
                        "id",
                        "datePrecision",
                        "UNKNOWN")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(desk.count(
                        "select count(*) from speaker where name = ? and kind = 'ORGANISATION' and role = 'Ministry'",
                        name))
                .isEqualTo(1);
    }

    @Test
    void addsAFurtherAppearanceToAnExistingClaimInsteadOfANewClaim() {
        var claim = desk.data.matsegoraLabourClaim();
        var other = desk.data.tribunWow();
        long claims = desk.count("select count(*) from claim");
        var result = desk.post(
                        reporter,
                        "/desk/articles/" + other.getId() + "/claims",
                        "existingClaim",
                        "#" + claim.getId() + " — North Korean workers could rebuild Donbas",
                        "quote",
                        "dapat dikirim untuk membantu",
                        "quoteKind",
                        "DIRECT",
                        "chain",
                        "The Guardian",
                        "language",
                        "id",
                        "datePrecision",
                        "DAY")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk/claims/" + claim.getId());
        assertThat(desk.count("select count(*) from claim")).isEqualTo(claims);
        assertThat(desk.count("select count(*) from appearance where claim_id = ?", claim.getId()))
                .isEqualTo(2);

        var again = desk.post(
                        reporter,
                        "/desk/articles/" + other.getId() + "/claims",
                        "existingClaim",
                        String.valueOf(claim.getId()),
                        "quote",
                        "dapat dikirim untuk membantu",
                        "quoteKind",
                        "DIRECT",
                        "language",
                        "id",
                        "datePrecision",
                        "DAY")
                .exchange();
        assertThat(again).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(again, "quote"))
                .isEqualTo("This quote from this article is already recorded for the claim.");
        assertThat(desk.count("select count(*) from appearance where claim_id = ?", claim.getId()))
                .isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "~",
            value = {
                "quote         ~ ''                          ~ Please fill this in.",
                "speakerName   ~ Nobody Of That Name 7f3a    ~ No speaker has this name or alias. Check the spelling, or create the speaker below.",
                "speakerName   ~ ''                          ~ Who said it?",
                "chain         ~ Izvestia | javascript:x     ~ Each line needs a name, optionally followed by \"| https://...\".",
                "summary       ~ This summary is far too long to be used as the claimReviewed text of a ClaimReview ~ Please use between 0 and 75 characters.",
                "saidOn        ~ ''                          ~ Give the date, or choose \"Unknown\".",
                "saidOn        ~ 2999-12-31                  ~ This date is in the future.",
                "existingClaim ~ #999999999                  ~ No claim with this number; pick one from the list."
            })
    void refusesABadClaimAndWritesNothing(String field, String value, String message) {
        var article = desk.data.tribunWow();
        long claims = desk.count("select count(*) from claim");
        long appearances = desk.count("select count(*) from appearance");
        long speakers = desk.count("select count(*) from speaker");
        var valid = new java.util.LinkedHashMap<String, String>();
        valid.put("quote", "membangun kembali infrastruktur");
        valid.put("quoteKind", "DIRECT");
        valid.put("chain", "KCNA");
        valid.put("speakerName", "Vladimir Putin");
        valid.put("language", "id");
        valid.put("summary", "Short summary");
        valid.put("saidOn", "2022-08-15");
        valid.put("datePrecision", "DAY");
        var result = desk.postWith(reporter, "/desk/articles/" + article.getId() + "/claims", valid, field, value);

        assertThat(result).hasStatusOk();
        assertThat(DeskTestSupport.fieldError(result, field)).isEqualTo(message);
        // what the reporter typed comes back
        assertThat(DeskTestSupport.html(result).select("#quote").text())
                .isEqualTo("quote".equals(field) ? value : valid.get("quote"));
        assertThat(desk.count("select count(*) from claim")).isEqualTo(claims);
        assertThat(desk.count("select count(*) from appearance")).isEqualTo(appearances);
        assertThat(desk.count("select count(*) from speaker")).isEqualTo(speakers);
    }
}

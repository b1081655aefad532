package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.desk.DeskTestSupport.html;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fact-check written in both languages on the desk reads in each language on that language's page, feed,
 * ClaimReview and search; a text written in one language only is shown in it on the other language's page,
 * marked with its {@code lang} and a note that it is not yet translated.
 */
@IntegrationTest
class BilingualFactCheckTests {

    private static final String HEADLINE_EN = "North Korean workers could rebuild occupied Donbas";
    private static final String ENGLISH_ONLY = "Korean builders could restore Donbas factories";
    private static final String HEADLINE_ID = "Pekerja Korea Utara bisa membangun kembali Donbas";
    private static final String CONCLUSION_EN = "UN sanctions forbid sending North Korean labourers anywhere.";
    private static final String CONCLUSION_ID = "Sanksi PBB melarang pengiriman buruh Korea Utara ke mana pun.";
    private static final String RATIONALE_EN =
            "Resolution 2397 required every member state to send the labourers home.";
    private static final String RATIONALE_ID = "Resolusi 2397 mewajibkan setiap negara anggota memulangkan para buruh.";

    /** The notes of the fact-check itself, not of the related claims' cards on its page. */
    private static final String FACT_CHECK_NOTES =
            ".claim-head .untranslated, .verdict-card .untranslated, section[aria-labelledby=why-heading] .untranslated";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JsonMapper json;

    @Test
    void aFactCheckWrittenInBothLanguagesReadsInEachLanguageEverywhere() throws Exception {
        var desk = new DeskTestSupport(mvc, context);
        var path = publishThroughTheDesk(
                desk, HEADLINE_EN, HEADLINE_ID, CONCLUSION_EN, CONCLUSION_ID, RATIONALE_EN, RATIONALE_ID);

        var english = html(mvc.get().uri(path).exchange());
        assertThat(english.select("h1").text()).isEqualTo(HEADLINE_EN);
        assertThat(english.select(".verdict-summary").text()).isEqualTo(CONCLUSION_EN);
        assertThat(english.select(".rationale").text()).isEqualTo(RATIONALE_EN);
        assertThat(english.select(FACT_CHECK_NOTES)).isEmpty();
        var bahasa = html(mvc.get().uri("/id" + path).exchange());
        assertThat(bahasa.select("html").attr("lang")).isEqualTo("id");
        assertThat(bahasa.select("h1").text()).isEqualTo(HEADLINE_ID);
        assertThat(bahasa.select("h1").hasAttr("lang")).isFalse();
        assertThat(bahasa.select(".verdict-summary").text()).isEqualTo(CONCLUSION_ID);
        assertThat(bahasa.select(".rationale").text()).isEqualTo(RATIONALE_ID);
        assertThat(bahasa.select(FACT_CHECK_NOTES)).isEmpty();

        // the quote is Indonesian, translated into English: only the English reader is offered the translation
        assertThat(english.select(".claim-quote").attr("lang")).isEqualTo("id");
        assertThat(english.select(".translation blockquote").attr("lang")).isEqualTo("en");
        assertThat(bahasa.select(".claim-quote").attr("lang")).isEqualTo("id");
        assertThat(bahasa.select(".translation")).isEmpty();

        // each language's list and feed
        assertThat(html(mvc.get().uri("/").exchange()).select(".claim-card h3").text())
                .contains(HEADLINE_EN)
                .doesNotContain(HEADLINE_ID);
        assertThat(html(mvc.get().uri("/id/").exchange())
                        .select(".claim-card h3")
                        .text())
                .contains(HEADLINE_ID)
                .doesNotContain(HEADLINE_EN);
        var feed = atom(mvc.get().uri("/feed.atom").exchange());
        assertThat(feed.select("entry > title").text()).contains(HEADLINE_EN).doesNotContain(HEADLINE_ID);
        assertThat(feed.select("entry > summary").text()).contains(CONCLUSION_EN);
        var feedId = atom(mvc.get().uri("/id/feed.atom").exchange());
        assertThat(feedId.select("entry > title").text()).contains(HEADLINE_ID).doesNotContain(HEADLINE_EN);
        assertThat(feedId.select("entry > summary").text()).contains(CONCLUSION_ID);

        // one ClaimReview per language version, in that language
        var review = claimReview(path);
        assertThat(review.get("claimReviewed").asString()).isEqualTo(HEADLINE_EN);
        assertThat(review.get("reviewBody").asString()).isEqualTo(CONCLUSION_EN);
        assertThat(review.get("inLanguage").asString()).isEqualTo("en");
        var reviewId = claimReview("/id" + path);
        assertThat(reviewId.get("claimReviewed").asString()).isEqualTo(HEADLINE_ID);
        assertThat(reviewId.get("reviewBody").asString()).isEqualTo(CONCLUSION_ID);
        assertThat(reviewId.get("inLanguage").asString()).isEqualTo("id");
        assertThat(reviewId.at("/reviewRating/alternateName").asString()).isEqualTo("Salah");

        // both languages' words find it
        assertThat(html(mvc.get().uri("/search?q=memulangkan").exchange())
                        .select(".claim-card h3")
                        .text())
                .contains(HEADLINE_EN);
        assertThat(html(mvc.get().uri("/id/search?q=labourers").exchange())
                        .select(".claim-card h3")
                        .text())
                .contains(HEADLINE_ID);

        // the CSV files carry both languages, each in its own column
        var claimsCsv = mvc.get().uri("/export/claims.csv?q=memulangkan").exchange();
        var claimRows = claimsCsv
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .split("\r\n");
        assertThat(claimRows[0]).contains(",summary,").endsWith(",summary_indonesian,verdict_summary_indonesian");
        assertThat(java.util.Arrays.stream(claimRows).filter(row -> row.contains(path + ",")))
                .singleElement()
                .asString()
                .contains(HEADLINE_EN, CONCLUSION_EN, CONCLUSION_ID);
        var verdictsCsv = mvc.get().uri("/export/verdicts.csv?q=memulangkan").exchange();
        var verdictRows = verdictsCsv
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .split("\r\n");
        assertThat(verdictRows[0]).endsWith(",summary_indonesian,rationale_indonesian");
        assertThat(java.util.Arrays.stream(verdictRows).filter(row -> row.contains(path + ",")))
                .singleElement()
                .asString()
                .contains(RATIONALE_ID);
    }

    @Test
    void aTextWrittenInOneLanguageOnlyIsShownInItMarkedAndNotedOnTheOtherLanguagesPage() throws Exception {
        var desk = new DeskTestSupport(mvc, context);
        // the headline and conclusion in English only, the reasons in Indonesian only
        var path = publishThroughTheDesk(desk, ENGLISH_ONLY, "", CONCLUSION_EN, "", "", RATIONALE_ID);

        var bahasa = html(mvc.get().uri("/id" + path).exchange());
        assertThat(bahasa.select("h1").text()).isEqualTo(ENGLISH_ONLY);
        assertThat(bahasa.select("h1").attr("lang")).isEqualTo("en");
        assertThat(bahasa.select(".verdict-summary").attr("lang")).isEqualTo("en");
        assertThat(bahasa.select(".rationale").hasAttr("lang")).isFalse();
        assertThat(bahasa.select(".rationale").text()).isEqualTo(RATIONALE_ID);
        assertThat(bahasa.select(FACT_CHECK_NOTES).eachText())
                .hasSize(2)
                .allMatch(note -> note.equals("Belum diterjemahkan ke dalam Bahasa Indonesia."));
        var feedEntry = atom(mvc.get().uri("/id/feed.atom").exchange())
                .select("entry:contains(" + ENGLISH_ONLY + ") > summary");
        assertThat(feedEntry.text()).isEqualTo(CONCLUSION_EN);
        assertThat(feedEntry.attr("xml:lang")).isEqualTo("en");
        // the title: the rating in Indonesian, the headline marked as English (an XHTML title, RFC 4287 3.1.1.3)
        var feedTitle = atom(mvc.get().uri("/id/feed.atom").exchange())
                .select("entry:contains(" + ENGLISH_ONLY + ") > title")
                .first();
        assertThat(feedTitle.attr("type")).isEqualTo("xhtml");
        assertThat(feedTitle.select("div > span").attr("xml:lang")).isEqualTo("en");
        assertThat(feedTitle.select("div > span").text()).isEqualTo(ENGLISH_ONLY);
        assertThat(feedTitle.select("div").first().ownText()).endsWith(":");
        assertThat(feedTitle.select("div").attr("xmlns")).isEqualTo("http://www.w3.org/1999/xhtml");
        // in English the title is plain text
        assertThat(atom(mvc.get().uri("/feed.atom").exchange())
                        .select("entry:contains(" + ENGLISH_ONLY + ") > title")
                        .first()
                        .hasAttr("type"))
                .isFalse();
        var card = html(mvc.get().uri("/id/").exchange())
                .select(".claim-card:contains(" + ENGLISH_ONLY + ")")
                .first();
        assertThat(card.select("h3 a").attr("lang")).isEqualTo("en");
        assertThat(card.select(".untranslated").text()).isEqualTo("Belum diterjemahkan ke dalam Bahasa Indonesia.");

        var english = html(mvc.get().uri(path).exchange());
        assertThat(english.select("h1").hasAttr("lang")).isFalse();
        assertThat(english.select(".rationale").attr("lang")).isEqualTo("id");
        assertThat(english.select(".rationale").text()).isEqualTo(RATIONALE_ID);
        assertThat(english.select(FACT_CHECK_NOTES).eachText()).containsExactly("Not yet translated into English.");

        // the Indonesian page's ClaimReview says which language its review text is in
        var reviewId = claimReview("/id" + path);
        assertThat(reviewId.get("claimReviewed").asString()).isEqualTo(ENGLISH_ONLY);
        assertThat(reviewId.get("reviewBody").asString()).isEqualTo(CONCLUSION_EN);
        assertThat(reviewId.get("inLanguage").asString()).isEqualTo("en");
    }

    @Test
    void theDeskListsAndCountsTheClaimsMissingATranslation() {
        var desk = new DeskTestSupport(mvc, context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        long halfDone = desk.data.matsegoraLabourClaim().getId();
        long bothDone = desk.data.matsegoraLabourClaim().getId();
        saveHeadlines(desk, reporter, bothDone, HEADLINE_EN, HEADLINE_ID);

        var missing = html(desk.get(reporter, "/desk?translation=missing&size=200"));
        assertThat(missing.select("input[name=translation][value=missing]").hasAttr("checked"))
                .isTrue();
        assertThat(missing.select("td.claim-cell a").eachAttr("href"))
                .contains("/desk/claims/" + halfDone)
                .doesNotContain("/desk/claims/" + bothDone);
        long before = missingCount(desk, reporter);
        assertThat(before).isPositive();

        // the Indonesian headline written, the claim leaves the list and the count
        saveHeadlines(desk, reporter, halfDone, HEADLINE_EN, HEADLINE_ID);
        assertThat(html(desk.get(reporter, "/desk?translation=missing&size=200"))
                        .select("td.claim-cell a")
                        .eachAttr("href"))
                .doesNotContain("/desk/claims/" + halfDone);
        assertThat(missingCount(desk, reporter)).isEqualTo(before - 1);
        // an open verdict written in one language brings it back
        desk.post(reporter, "/desk/claims/" + halfDone + "/verdicts", "summary", CONCLUSION_EN)
                .param("ratingId", String.valueOf(desk.rating("false")))
                .param("rationaleIndonesian", RATIONALE_ID)
                .exchange();
        assertThat(missingCount(desk, reporter)).isEqualTo(before);
        assertThat(desk.get(reporter, "/desk?translation=maybe")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aPublishedHeadlinesTranslationReachesReadersOnlyOnceAnotherEditorPublishesTheUpdate() {
        var desk = new DeskTestSupport(mvc, context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        var path = publishThroughTheDesk(
                desk, "Workers could rebuild Donbas, said the ambassador", "", CONCLUSION_EN, "", RATIONALE_EN, "");
        long claimId = Long.parseLong(path.replaceAll("^/claims/(\\d+)-.*", "$1"));

        var fields =
                fieldsOf(html(desk.get(reporter, "/desk/claims/" + claimId + "/update")), "form[action$='/update']");
        fields.put("summaryIndonesian", HEADLINE_ID);
        fields.put("publicNote", "The headline in Bahasa Indonesia was added.");
        assertThat(post(desk, reporter, "/desk/claims/" + claimId + "/update", fields))
                .hasStatus(HttpStatus.FOUND);
        long updateId = desk.count("select id from claim_update where claim_id = ?", claimId);
        assertThat(html(mvc.get().uri("/id" + path).exchange()).select("h1").attr("lang"))
                .isEqualTo("en");

        String version = String.valueOf(desk.count("select version from claim_update where id = ?", updateId));
        desk.post(reporter, "/desk/updates/" + updateId + "/submit", "claimId", String.valueOf(claimId))
                .param("version", version)
                .exchange();
        version = String.valueOf(desk.count("select version from claim_update where id = ?", updateId));
        // its author may not publish it
        desk.post(reporter, "/desk/updates/" + updateId + "/publish", "claimId", String.valueOf(claimId))
                .param("version", version)
                .param("publicNote", "The headline in Bahasa Indonesia was added.")
                .exchange();
        assertThat(html(mvc.get().uri("/id" + path).exchange()).select("h1").text())
                .isNotEqualTo(HEADLINE_ID);
        desk.post(editor, "/desk/updates/" + updateId + "/publish", "claimId", String.valueOf(claimId))
                .param("version", version)
                .param("publicNote", "The headline in Bahasa Indonesia was added.")
                .exchange();
        var bahasa = html(mvc.get().uri("/id" + path).exchange());
        assertThat(bahasa.select("h1").text()).isEqualTo(HEADLINE_ID);
        assertThat(bahasa.select("h1").hasAttr("lang")).isFalse();
    }

    @Test
    void whoeverTranslatesAnothersDraftVerdictIsItsCoAuthorAndMayNotPublishIt() {
        var desk = new DeskTestSupport(mvc, context);
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser translator = desk.person(Role.REPORTER, Role.EDITOR);
        FactlineUser reviewer = desk.person(Role.REPORTER, Role.EDITOR);
        long claimId = desk.data.matsegoraLabourClaim().getId();
        desk.post(reporter, "/desk/claims/" + claimId + "/sources", "title", "UN Security Council resolution 2397")
                .param("kind", "PRIMARY_DOCUMENT")
                .param("stance", "CONTRADICTS")
                .exchange();
        desk.post(reporter, "/desk/claims/" + claimId + "/verdicts", "summary", CONCLUSION_EN)
                .param("ratingId", String.valueOf(desk.rating("false")))
                .param("rationale", RATIONALE_EN)
                .exchange();
        long verdictId = desk.count("select id from verdict where claim_id = ?", claimId);

        var fields =
                fieldsOf(html(desk.get(translator, "/desk/verdicts/" + verdictId + "/edit")), "form[action$='/edit']");
        assertThat(fields).containsEntry("summary", CONCLUSION_EN);
        fields.put("summaryIndonesian", CONCLUSION_ID);
        fields.put("rationaleIndonesian", RATIONALE_ID);
        assertThat(post(desk, translator, "/desk/verdicts/" + verdictId + "/edit", fields))
                .hasStatus(HttpStatus.FOUND);
        assertThat(desk.count("select count(*) from verdict_author where verdict_id = ?", verdictId))
                .isOne();
        var history =
                html(desk.get(reporter, "/desk/claims/" + claimId + "/history")).text();
        assertThat(history)
                .contains("One-sentence conclusion (Bahasa Indonesia)", CONCLUSION_ID, "Why (Bahasa Indonesia)");

        desk.post(reporter, "/desk/verdicts/" + verdictId + "/submit", "version", desk.verdictVersion(verdictId))
                .exchange();
        desk.post(translator, "/desk/verdicts/" + verdictId + "/publish", "version", desk.verdictVersion(verdictId))
                .exchange();
        assertThat(desk.count("select count(*) from verdict where id = ? and status = 'IN_REVIEW'", verdictId))
                .isOne();
        desk.post(reviewer, "/desk/verdicts/" + verdictId + "/publish", "version", desk.verdictVersion(verdictId))
                .exchange();
        assertThat(desk.count("select count(*) from verdict where id = ? and status = 'PUBLISHED'", verdictId))
                .isOne();
    }

    private static long missingCount(DeskTestSupport desk, FactlineUser who) {
        var count = html(desk.get(who, "/desk")).select(".counts .translation-missing strong");
        return Long.parseLong(count.text());
    }

    private static void saveHeadlines(
            DeskTestSupport desk, FactlineUser who, long claimId, String headline, String headlineId) {
        var fields = fieldsOf(html(desk.get(who, "/desk/claims/" + claimId + "/edit")), "form[action$='/edit']");
        fields.put("summary", headline);
        fields.put("summaryIndonesian", headlineId);
        assertThat(post(desk, who, "/desk/claims/" + claimId + "/edit", fields)).hasStatus(HttpStatus.FOUND);
    }

    /**
     * Records the words of the test data's claim through its edit form, drafts the verdict through the verdict
     * form, submits it and has another editor publish it; answers the claim's public path.
     */
    private String publishThroughTheDesk(
            DeskTestSupport desk,
            String headline,
            String headlineId,
            String conclusion,
            String conclusionId,
            String rationale,
            String rationaleId) {
        FactlineUser reporter = desk.person(Role.REPORTER);
        FactlineUser editor = desk.person(Role.REPORTER, Role.EDITOR);
        long claimId = desk.data.matsegoraLabourClaim().getId();

        saveHeadlines(desk, reporter, claimId, headline, headlineId);

        desk.post(reporter, "/desk/claims/" + claimId + "/sources", "title", "UN Security Council resolution 2397")
                .param("kind", "PRIMARY_DOCUMENT")
                .param("stance", "CONTRADICTS")
                .exchange();
        var workspace = html(desk.get(reporter, "/desk/claims/" + claimId));
        var verdict = fieldsOf(workspace, "form[action$='/verdicts']");
        assertThat(verdict).containsKeys("summary", "summaryIndonesian", "rationale", "rationaleIndonesian");
        verdict.put("ratingId", String.valueOf(desk.rating("false")));
        verdict.put("summary", conclusion);
        verdict.put("summaryIndonesian", conclusionId);
        verdict.put("rationale", rationale);
        verdict.put("rationaleIndonesian", rationaleId);
        assertThat(post(desk, reporter, "/desk/claims/" + claimId + "/verdicts", verdict))
                .hasStatus(HttpStatus.FOUND);
        long verdictId = desk.count("select id from verdict where claim_id = ?", claimId);
        desk.post(reporter, "/desk/verdicts/" + verdictId + "/submit", "version", desk.verdictVersion(verdictId))
                .exchange();
        assertThat(desk.post(
                                editor,
                                "/desk/verdicts/" + verdictId + "/publish",
                                "version",
                                desk.verdictVersion(verdictId))
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(desk.count("select count(*) from claim where id = ? and status = 'PUBLISHED'", claimId))
                .isOne();
        return desk.jdbc
                .sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claimId)
                .query(String.class)
                .single();
    }

    /** The named fields of a form as the desk page fills them in. */
    private static Map<String, String> fieldsOf(Document page, String form) {
        var fields = new LinkedHashMap<String, String>();
        for (var field : page.select(form).first().select("input[name], textarea[name], select[name]")) {
            var type = field.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                var chosen = field.select("option[selected]").first();
                fields.put(field.attr("name"), chosen == null ? "" : chosen.attr("value"));
            } else if (field.tagName().equals("textarea")) {
                fields.put(field.attr("name"), field.wholeText().replaceFirst("^\n", ""));
            } else {
                fields.put(field.attr("name"), field.attr("value"));
            }
        }
        fields.remove("_csrf");
        return fields;
    }

    private static MvcTestResult post(DeskTestSupport desk, FactlineUser who, String uri, Map<String, String> fields) {
        var request = desk.post(who, uri);
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    private static Document atom(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private JsonNode claimReview(String path) {
        var scripts = html(mvc.get().uri(path).exchange()).select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return json.readTree(scripts.first().data());
    }
}

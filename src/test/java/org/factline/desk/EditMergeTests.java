package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.Claim;
import org.factline.system.Dates;
import org.factline.verdict.VerdictManagement;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Two editors open the same record and both save (issue 13): what only one of them changed is kept, what
 * both changed differently is a choice on the conflict page, which says who saved and when; a field one of
 * them did not touch is never written back, and a third save while the page is open is caught too.
 */
@IntegrationTest
class EditMergeTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    VerdictManagement verdicts;

    @Autowired
    Dates dates;

    DeskTestSupport desk;
    FactlineUser ana;
    FactlineUser budi;
    Claim claim;
    String editClaim;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        ana = desk.person(Role.REPORTER, Role.EDITOR);
        budi = desk.person(Role.REPORTER, Role.EDITOR);
        claim = desk.data.matsegoraLabourClaim();
        editClaim = "/desk/claims/" + claim.getId() + "/edit";
    }

    @Test
    void disjointClaimEditsAreBothKeptAndTheStaleSummaryIsNotWrittenBack() {
        var saved = bothSave(
                editClaim,
                Map.of("summary", "Matsegora: North Korean workers could rebuild Donbas"),
                Map.of(
                        "saidWhere",
                        "at a press conference in Pyongyang",
                        "translation",
                        "Workers from North Korea could help rebuild infrastructure."));

        assertThat(saved)
                .hasStatus(HttpStatus.FOUND)
                .flash()
                .containsEntry("message", "desk.claim.saved")
                .containsEntry("keptTheirs", "Summary for readers and search engines (English)")
                .containsEntry("keptWho", ana.displayName());
        assertThat(column("summary")).isEqualTo("Matsegora: North Korean workers could rebuild Donbas");
        assertThat(column("said_where")).isEqualTo("at a press conference in Pyongyang");
        assertThat(column("translation")).isEqualTo("Workers from North Korea could help rebuild infrastructure.");
        assertThat(column("text")).isEqualTo(claim.getText());
    }

    @Test
    void aTranslationAddedMeanwhileIsKeptWithItsLanguage() {
        var untranslated = open(ana, editClaim);
        untranslated.put("translation", "");
        assertThat(post(ana, editClaim, untranslated)).hasStatus(HttpStatus.FOUND);

        var saved = bothSave(
                editClaim,
                Map.of("translation", "Pekerja Korea Utara bisa dikirim.", "translationLanguage", "id"),
                Map.of("saidWhere", "at a press conference in Pyongyang"));

        assertThat(saved).hasStatus(HttpStatus.FOUND);
        assertThat(column("translation")).isEqualTo("Pekerja Korea Utara bisa dikirim.");
        assertThat(column("translation_language")).isEqualTo("id");
        assertThat(column("said_where")).isEqualTo("at a press conference in Pyongyang");
    }

    @Test
    void overlappingEditsAreAChoiceNamingWhoSavedAndWhenAndTheChoiceIsSaved() throws Exception {
        var conflict = bothSave(
                editClaim,
                Map.of("summary", "Ana's summary", "translation", "Ana's translation.\n\nIn two paragraphs."),
                Map.of("summary", "Budi's summary", "saidWhere", "at a press conference in Pyongyang"));

        assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
        assertThat(DeskHtmlValidityTests.errors(
                        "conflict", conflict.getResponse().getContentAsString(StandardCharsets.UTF_8)))
                .isEmpty();
        var page = DeskTestSupport.html(conflict);
        var anaSavedAt = Instant.ofEpochMilli(desk.count(
                "select r.revtstmp from revinfo r join claim_aud a on a.rev = r.rev where a.id = ? "
                        + "order by r.rev desc limit 1",
                claim.getId()));
        assertThat(page.select(".saved-by").text())
                .isEqualTo(ana.displayName() + " saved this on " + dates.dayTimeZone(anaSavedAt, Locale.ENGLISH)
                        + ", while you were editing. Nothing of yours is saved yet.");
        var summary = page.selectFirst("fieldset#choice-summary");
        assertThat(summary.select("legend").text()).isEqualTo("Summary for readers and search engines (English)");
        assertThat(summary.select(".started").text())
                .isEqualTo("You started from: North Korean workers could rebuild Donbas");
        assertThat(summary.select("label[for=summary-theirs]").text())
                .isEqualTo("Saved by " + ana.displayName() + " Ana's summary");
        assertThat(summary.select("label[for=summary-mine]").text()).isEqualTo("Your version Budi's summary");
        assertThat(summary.select("input[type=radio][name=summary][required]")).hasSize(2);
        assertThat(page.select("fieldset.choice")).hasSize(1);
        assertThat(page.select("#merged-saidWhere td").eachText())
                .containsExactly(
                        "in an interview with Izvestia",
                        "in an interview with Izvestia",
                        "at a press conference in Pyongyang",
                        "Your change");
        assertThat(page.select("#merged-translation td").get(0).select("p").eachText())
                .containsExactly("North Korean workers could be sent to help rebuild infrastructure.");
        assertThat(page.select("#merged-translation td").get(1).select("p").eachText())
                .containsExactly("Ana's translation.", "In two paragraphs.");
        assertThat(page.select("#merged-translation .outcome").text()).isEqualTo(ana.displayName() + "'s change, kept");
        assertThat(column("summary")).isEqualTo("Ana's summary");

        assertThat(choose(budi, page, Map.of("summary", "mine"))).hasStatus(HttpStatus.FOUND);
        assertThat(column("summary")).isEqualTo("Budi's summary");
        assertThat(column("said_where")).isEqualTo("at a press conference in Pyongyang");
        assertThat(column("translation")).isEqualTo("Ana's translation.\n\nIn two paragraphs.");
    }

    @Test
    void choosingTheirsKeepsTheirsAndAMissingChoiceAsksAgain() {
        var page = DeskTestSupport.html(bothSave(
                editClaim,
                Map.of("summary", "Ana's summary"),
                Map.of("summary", "Budi's summary", "saidWhere", "at a press conference in Pyongyang")));

        var unchosen = choose(budi, page, Map.of());
        assertThat(unchosen).hasStatus(HttpStatus.CONFLICT);
        var again = DeskTestSupport.html(unchosen);
        assertThat(again.select("p[role=alert]").text()).isEqualTo("Choose one version of each field below.");
        assertThat(again.select("fieldset#choice-summary label[for=summary-mine]")
                        .text())
                .isEqualTo("Your version Budi's summary");
        assertThat(column("summary")).isEqualTo("Ana's summary");

        assertThat(choose(budi, again, Map.of("summary", "theirs"))).hasStatus(HttpStatus.FOUND);
        assertThat(column("summary")).isEqualTo("Ana's summary");
        assertThat(column("said_where")).isEqualTo("at a press conference in Pyongyang");
    }

    @Test
    void aThirdSaveWhileTheConflictPageIsOpenIsCaughtAndNotWrittenOver() {
        var page = DeskTestSupport.html(
                bothSave(editClaim, Map.of("summary", "Ana's summary"), Map.of("summary", "Budi's summary")));

        // meanwhile a third editor changes the summary once more, and "Where"
        var citra = desk.person(Role.REPORTER, Role.EDITOR);
        var citrasForm = open(citra, editClaim);
        citrasForm.put("summary", "Citra's summary");
        citrasForm.put("saidWhere", "on Russian state television");
        assertThat(post(citra, editClaim, citrasForm)).hasStatus(HttpStatus.FOUND);

        var caught = choose(budi, page, Map.of("summary", "mine"));

        assertThat(caught).hasStatus(HttpStatus.CONFLICT);
        var next = DeskTestSupport.html(caught);
        assertThat(next.select(".saved-by").text()).startsWith(citra.displayName() + " saved this on ");
        assertThat(next.select("fieldset#choice-summary .started").text()).isEqualTo("You started from: Ana's summary");
        assertThat(next.select("fieldset#choice-summary label[for=summary-theirs]")
                        .text())
                .isEqualTo("Saved by " + citra.displayName() + " Citra's summary");
        assertThat(column("summary")).isEqualTo("Citra's summary");

        assertThat(choose(budi, next, Map.of("summary", "mine"))).hasStatus(HttpStatus.FOUND);
        assertThat(column("summary")).isEqualTo("Budi's summary");
        assertThat(column("said_where")).isEqualTo("on Russian state television");
    }

    @Test
    void disjointSourceEditsAreBothKept() {
        assertThat(desk.post(
                                ana,
                                "/desk/claims/" + claim.getId() + "/sources",
                                "title",
                                "UN Security Council resolution 2397",
                                "url",
                                "https://undocs.org/S/RES/2397(2017)",
                                "kind",
                                "PRIMARY_DOCUMENT",
                                "stance",
                                "CONTRADICTS",
                                "publisher",
                                "UN")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        long sourceId = desk.count("select id from source where claim_id = ?", claim.getId());
        var edit = "/desk/claims/" + claim.getId() + "/sources/" + sourceId + "/edit";
        var saved = bothSave(
                edit,
                Map.of("title", "UN Security Council resolution 2397 (2017)"),
                Map.of(
                        "excerpt",
                        "Decides that Member States shall repatriate\nall DPRK nationals earning income.",
                        "kind",
                        "OFFICIAL_STATEMENT"));

        assertThat(saved).hasStatus(HttpStatus.FOUND).flash().containsEntry("keptTheirs", "Title");
        var row = desk.jdbc
                .sql("select title, excerpt, kind from source where id = ?")
                .param(sourceId)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("title", "UN Security Council resolution 2397 (2017)")
                .containsEntry(
                        "excerpt", "Decides that Member States shall repatriate\nall DPRK nationals earning income.")
                .containsEntry("kind", "OFFICIAL_STATEMENT");
    }

    @Test
    void aDraftVerdictsRationaleAndRatingChangedByTwoPeopleAreBothKept() {
        long verdictId = draftVerdict();
        var edit = "/desk/verdicts/" + verdictId + "/edit";

        var saved = bothSave(
                edit,
                Map.of("rationale", "Resolution 2397 (2017).\n\nIt orders workers home by 2019."),
                Map.of("ratingId", String.valueOf(rating("false"))));

        assertThat(saved).hasStatus(HttpStatus.FOUND).flash().containsEntry("keptTheirs", "Why (English)");
        var row = desk.jdbc
                .sql("select rating_id, rationale from verdict where id = ?")
                .param(verdictId)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("rating_id", rating("false"))
                .containsEntry("rationale", "Resolution 2397 (2017).\n\nIt orders workers home by 2019.");
    }

    @Test
    void aVerdictsRatingChangedByBothIsAChoiceInWordsInBahasaIndonesia() {
        long verdictId = draftVerdict();

        var conflict = bothSave(
                "/desk/verdicts/" + verdictId + "/edit",
                Map.of("ratingId", String.valueOf(rating("true"))),
                Map.of("ratingId", String.valueOf(rating("false")), "lang", "id"));

        assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
        var page = DeskTestSupport.html(conflict);
        assertThat(page.select("h1").text()).isEqualTo("Orang lain menyimpan ini saat Anda mengubahnya");
        var choice = page.selectFirst("fieldset#choice-ratingId");
        assertThat(choice.select("legend").text()).isEqualTo("Penilaian");
        assertThat(choice.select(".started").text()).isEqualTo("Versi awal Anda: " + label("misleading", "id"));
        assertThat(choice.select("label[for=ratingId-mine]").text()).isEqualTo("Versi Anda " + label("false", "id"));
        assertThat(choice.select("input[type=radio]").eachAttr("value"))
                .containsExactly(String.valueOf(rating("true")), String.valueOf(rating("false")));
        assertThat(desk.count("select rating_id from verdict where id = ?", verdictId))
                .isEqualTo(rating("true"));
    }

    /**
     * Ana and Budi open the same edit form; Ana saves her changes, then Budi posts his on the form as he
     * opened it.
     */
    private MvcTestResult bothSave(String uri, Map<String, String> anas, Map<String, String> budis) {
        var anasForm = open(ana, uri);
        var budisForm = open(budi, uri);
        anasForm.putAll(anas);
        assertThat(post(ana, uri, anasForm)).hasStatus(HttpStatus.FOUND);
        budisForm.putAll(budis);
        return post(budi, uri, budisForm);
    }

    /** A draft verdict on the claim, rated misleading, by Ana. */
    private long draftVerdict() {
        assertThat(desk.post(
                                ana,
                                "/desk/claims/" + claim.getId() + "/verdicts",
                                "ratingId",
                                String.valueOf(rating("misleading")),
                                "summary",
                                "Sanctions forbid it.",
                                "rationale",
                                "Resolution 2397 (2017).")
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        return desk.count("select id from verdict where claim_id = ?", claim.getId());
    }

    /** The edit form as the page fills it, as a browser would post it. */
    private Map<String, String> open(FactlineUser who, String uri) {
        var page = DeskTestSupport.html(desk.get(who, uri));
        return formData((FormElement) page.selectFirst("form[action$=/edit]"));
    }

    /** Posts the conflict page's form with these choices ("mine" or "theirs" by field). */
    private MvcTestResult choose(FactlineUser who, Document page, Map<String, String> choices) {
        var form = (FormElement) page.selectFirst("form[action$=/edit]");
        var data = formData(form);
        choices.forEach((field, side) ->
                data.put(field, form.selectFirst("#" + field + "-" + side).attr("value")));
        return post(who, form.attr("action"), data);
    }

    private static Map<String, String> formData(FormElement form) {
        var data = new LinkedHashMap<String, String>();
        form.formData().stream()
                .filter(value -> !"_csrf".equals(value.key()))
                .forEach(value -> data.put(value.key(), value.value()));
        return data;
    }

    private MvcTestResult post(FactlineUser who, String uri, Map<String, String> form) {
        var params = form.entrySet().stream()
                .flatMap(entry -> java.util.stream.Stream.of(entry.getKey(), entry.getValue()))
                .toArray(String[]::new);
        return desk.post(who, uri, params).exchange();
    }

    private String column(String name) {
        return desk.jdbc
                .sql("select " + name + " from claim where id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();
    }

    private long rating(String code) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getId();
    }

    private String label(String code, String language) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getLabel(Locale.forLanguageTag(language));
    }
}

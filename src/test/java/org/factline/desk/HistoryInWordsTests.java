package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factline.IntegrationTest;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.article.Article;
import org.factline.claim.Appearance;
import org.factline.claim.Attribution;
import org.factline.claim.Claim;
import org.factline.claim.ClaimManagement;
import org.factline.claim.ClaimStatus;
import org.factline.claim.DatePrecision;
import org.factline.claim.QuoteKind;
import org.factline.claim.QuoteMismatch;
import org.factline.claim.Retraction;
import org.factline.claim.SaidDate;
import org.factline.evidence.Source;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.speaker.Speaker;
import org.factline.speaker.SpeakerKind;
import org.factline.verdict.Rating;
import org.factline.verdict.Verdict;
import org.factline.verdict.VerdictStatus;
import org.hibernate.envers.NotAudited;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The claim's history speaks the desk's language: the forms' labels, values in words (every enum, ratings
 * by their label, yes/no, empty), times in the newsroom's zone, rationales in paragraphs with the changed
 * words, who did what in words (retracted, published again, updated too); never a field name or an enum code.
 */
@IntegrationTest
class HistoryInWordsTests {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    static final String RATIONALE =
            "Resolution 2397 (2017) sends North Korean workers home within 24 months.\n\n" + "Russia voted for it.";

    static final String RATIONALE_REVISED =
            "Resolution 2397 (2017) sends North Korean workers home within 24 months.\n\n"
                    + "Russia and China voted for it.";

    static final String RETRACTION_REASON = "The interview was misdated.\n\nWe are checking it again.";

    static final String PUBLIC_NOTE = "The interview's date was corrected.";

    /** Every record the history shows and every value type it holds: none of their names may show. */
    static final List<Class<?>> RECORDS = List.of(
            Claim.class,
            Appearance.class,
            Source.class,
            Verdict.class,
            Article.class,
            Speaker.class,
            SaidDate.class,
            Attribution.class,
            Rating.class,
            Retraction.class);

    static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            ClaimStatus.class,
            DatePrecision.class,
            QuoteKind.class,
            QuoteMismatch.class,
            SourceKind.class,
            Stance.class,
            VerdictStatus.class,
            SpeakerKind.class);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Autowired
    RecordWording wording;

    DeskTestSupport desk;
    FactlineUser reporter;
    FactlineUser editor;
    Claim claim;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        reporter = desk.person(Role.REPORTER);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
        claim = desk.data.matsegoraLabourClaim();
    }

    @Test
    void aFullLifeReadsInWordsInEnglishAndInBahasaIndonesia() {
        liveAFullLife();

        for (var locale : List.of(Locale.ENGLISH, INDONESIAN)) {
            var page = history(locale);
            var history = page.selectFirst("ol.history");
            var text = history.text();

            assertThat(rawNames(text)).as("codes and field names in %s", locale).isEmpty();
            for (var label : history.select("tbody th")) {
                assertThat(fieldNames()).as("a label in %s", locale).doesNotContain(label.text());
            }

            // who did what, in words
            assertThat(text)
                    .contains(reporter.displayName() + " · " + action("CREATED", "source", locale))
                    .contains(editor.displayName() + " · " + action("EDITED", "claim", locale))
                    .contains(reporter.displayName() + " · " + action("SUBMITTED", "verdict", locale))
                    .contains(editor.displayName() + " · " + action("SENT_BACK", "verdict", locale))
                    .contains(editor.displayName() + " · " + action("PUBLISHED", "verdict", locale))
                    .contains(reporter.displayName() + " · " + action("CORRECTION_DRAFTED", "verdict", locale))
                    .contains(editor.displayName() + " · " + action("SUPERSEDED", "verdict", locale))
                    .contains(reporter.displayName() + " · " + action("REMOVED", "source", locale))
                    .contains(editor.displayName() + " · " + action("CREATED", "retraction", locale))
                    .contains(editor.displayName() + " · " + action("UNPUBLISHED", "claim", locale))
                    .contains(editor.displayName() + " · " + action("REPUBLISHED", "claim", locale))
                    .contains(editor.displayName() + " · " + action("PUBLISHED", "update", locale));
            var retracted = entry(page, action("CREATED", "retraction", locale));
            assertThat(row(retracted, "desk.field.retractionReason", locale).select("td p"))
                    .extracting(Element::text)
                    .containsExactly("The interview was misdated.", "We are checking it again.");
            var updated = entry(page, action("PUBLISHED", "update", locale));
            assertThat(row(updated, "desk.field.publicNote", locale)
                            .select("td.after")
                            .text())
                    .isEqualTo(PUBLIC_NOTE);

            // the forms' labels, values in words
            var claimEdit = entry(page, action("EDITED", "claim", locale), "North Korean workers could rebuild Donbas");
            assertThat(row(claimEdit, "desk.field.summary", locale)
                            .select("td.before")
                            .text())
                    .isEqualTo("North Korean workers could rebuild Donbas");
            assertThat(row(claimEdit, "desk.field.summary", locale)
                            .select("td.after")
                            .text())
                    .isEqualTo("Workers from North Korea for Donbas");
            assertThat(row(claimEdit, "desk.field.saidOn", locale)
                            .select("td.before")
                            .text())
                    .isEqualTo(locale == INDONESIAN ? "Juli 2022" : "July 2022");
            assertThat(row(claimEdit, "desk.field.saidOn", locale)
                            .select("td.after")
                            .text())
                    .isEqualTo(locale == INDONESIAN ? "1 Juli 2022" : "1 July 2022");
            assertThat(row(claimEdit, "desk.field.translation", locale)
                            .select("td.after .empty")
                            .text())
                    .isEqualTo(message("desk.history.empty", locale));

            var sourceCreated = entry(page, action("CREATED", "source", locale), "resolution 2397");
            assertThat(row(sourceCreated, "desk.field.kind", locale).text())
                    .endsWith(message("source.kind.PRIMARY_DOCUMENT", locale));
            assertThat(row(sourceCreated, "desk.field.stance", locale).text())
                    .endsWith(message("claim.sources.CONTRADICTS", locale));
            assertThat(row(sourceCreated, "desk.field.publishedOn", locale)
                            .select("td")
                            .text())
                    .isEqualTo(locale == INDONESIAN ? "22 Desember 2017" : "22 December 2017");

            var submitted = entry(page, action("SUBMITTED", "verdict", locale));
            assertThat(row(submitted, "desk.col.status", locale)
                            .select("td.before")
                            .text())
                    .isEqualTo(message("verdict.status.DRAFT", locale));
            assertThat(row(submitted, "desk.col.status", locale)
                            .select("td.after")
                            .text())
                    .isEqualTo(message("verdict.status.IN_REVIEW", locale));

            var created = entry(page, action("CREATED", "verdict", locale));
            var misleading = desk.jdbc
                    .sql("select case when ? then label_id else label_en end from rating where id = ?")
                    .params(locale == INDONESIAN, desk.rating("misleading"))
                    .query(String.class)
                    .single();
            assertThat(row(created, "desk.field.rating", locale).select("td").text())
                    .isEqualTo(misleading);
            // the rationale keeps its paragraphs
            assertThat(row(created, "desk.field.rationale", locale).select("td p"))
                    .extracting(Element::text)
                    .containsExactly(
                            "Resolution 2397 (2017) sends North Korean workers home within 24 months.",
                            "Russia voted for it.");
            // and an edit of it shows the words that changed, paragraph by paragraph
            var rationaleEdit = page.select("li.change tr.field-rationale:has(td.word-diff)");
            assertThat(rationaleEdit).hasSize(1);
            assertThat(rationaleEdit.select("td.word-diff ins").text()).isEqualTo("and China");
            assertThat(rationaleEdit.select("td.word-diff > p:not(.hint)")).hasSize(2);

            // times in the newsroom's zone, with the zone
            var latest = Instant.ofEpochMilli(
                    desk.count("""
                    select max(r.revtstmp) from revinfo r where r.rev in (
                        select rev from claim_aud where id = ? union select rev from verdict_aud where claim_id = ?
                        union select rev from source_aud where claim_id = ?
                        union select rev from appearance_aud where claim_id = ?
                        union select rev from claim_retraction_aud where claim_id = ?)""", Collections.nCopies(5, claim.getId()).toArray()));
            var shown = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)
                            .format(latest.atZone(ZoneId.of("Asia/Jakarta")))
                    + " WIB";
            assertThat(page.select("ol.history time").first().text()).isEqualTo(shown);
            assertThat(page.select("ol.history time").first().attr("datetime")).endsWith("+07:00");
        }
    }

    @Test
    void everyFieldTheHistoryRecordsHasALabel() {
        var unknown = new ArrayList<String>();
        Map.of(
                        "claim", Claim.class,
                        "appearance", Appearance.class,
                        "source", Source.class,
                        "verdict", Verdict.class,
                        "article", Article.class,
                        "speaker", Speaker.class,
                        "retraction", Retraction.class)
                .forEach((record, type) -> {
                    for (var field : type.getDeclaredFields()) {
                        if (recorded(field) && !RecordWording.knows(record, field.getName())) {
                            unknown.add(record + "." + field.getName());
                        }
                    }
                });
        assertThat(unknown).isEmpty();
    }

    @Test
    void formValuesReadInWordsAsTheConflictPagesPostThem() {
        long misleading = desk.rating("misleading");
        var labelId = desk.jdbc
                .sql("select label_id from rating where id = ?")
                .param(misleading)
                .query(String.class)
                .single();

        assertThat(wording.label("claim", "claimText", INDONESIAN))
                .isEqualTo(message("desk.field.claimText", INDONESIAN));
        assertThat(wording.label("claim", "text", Locale.ENGLISH))
                .isEqualTo(message("desk.field.claimText", Locale.ENGLISH));
        assertThat(wording.value("claim", "datePrecision", "MONTH", INDONESIAN).text())
                .isEqualTo("Bulan saja");
        assertThat(wording.value("claim", "language", "id", Locale.ENGLISH).text())
                .isEqualTo("Bahasa Indonesia");
        assertThat(wording.value("verdict", "ratingId", String.valueOf(misleading), INDONESIAN)
                        .text())
                .isEqualTo(labelId);
        assertThat(wording.value("source", "publishedOn", "2022-08-15", Locale.ENGLISH)
                        .text())
                .isEqualTo("15 August 2022");
        assertThat(wording.value("source", "kind", SourceKind.NEWS_REPORT, INDONESIAN)
                        .text())
                .isEqualTo("Laporan berita");
        assertThat(wording.value("appearance", "storedTextDiffers", "true", INDONESIAN)
                        .text())
                .isEqualTo("Ya");
        assertThat(wording.value("claim", "summary", " ", Locale.ENGLISH).empty())
                .isTrue();
        assertThat(wording.value("claim", "publishedAt", Instant.parse("2022-08-17T05:00:00Z"), Locale.ENGLISH)
                        .text())
                .isEqualTo("17 August 2022, 12:00 WIB");
        assertThat(wording.value("claim", "topics", "Korea Utara\nDonbas", Locale.ENGLISH)
                        .paragraphs())
                .containsExactly("Korea Utara", "Donbas");
        assertThat(wording.value("verdict", "rationale", "One.\n\nTwo.", Locale.ENGLISH)
                        .paragraphs())
                .containsExactly("One.", "Two.");
    }

    /** Created, edited, sources added, edited and removed, a verdict sent back, published and corrected. */
    private void liveAFullLife() {
        long id = claim.getId();
        expectRedirect(desk.post(
                editor,
                "/desk/claims/" + id + "/edit",
                "version",
                String.valueOf(claim.getVersion()),
                "speakerName",
                claim.getSpeaker().getName(),
                "claimText",
                claim.getText(),
                "language",
                "id",
                "summary",
                "Workers from North Korea for Donbas",
                "saidOn",
                "2022-07-01",
                "datePrecision",
                "DAY",
                "saidWhere",
                "in an interview with Izvestia",
                "topics",
                "North Korea, Russia and Donbas"));
        expectRedirect(desk.post(
                reporter,
                "/desk/claims/" + id + "/sources",
                "title",
                "UN Security Council resolution 2397 (2017)",
                "publishedOn",
                "2017-12-22",
                "kind",
                "PRIMARY_DOCUMENT",
                "stance",
                "CONTRADICTS",
                "excerpt",
                "Decides that Member States shall repatriate all DPRK nationals earning income.\n\n"
                        + "Within 24 months."));
        expectRedirect(desk.post(
                reporter,
                "/desk/claims/" + id + "/sources",
                "title",
                "A blog post",
                "kind",
                "OTHER",
                "stance",
                "CONTEXT"));
        long blog = desk.count("select id from source where claim_id = ? and title = 'A blog post'", id);
        expectRedirect(desk.post(reporter, "/desk/claims/" + id + "/sources/" + blog + "/delete", "confirm", "yes"));

        draft(reporter, "misleading", "Sanctions forbid it.", RATIONALE, null);
        long verdict = desk.count("select id from verdict where claim_id = ?", id);
        expectRedirect(
                desk.post(reporter, "/desk/verdicts/" + verdict + "/submit", "version", desk.verdictVersion(verdict)));
        expectRedirect(desk.post(
                editor,
                "/desk/verdicts/" + verdict + "/send-back",
                "version",
                desk.verdictVersion(verdict),
                "comment",
                "Name who voted.\n\nAnd cite the vote."));
        expectRedirect(desk.post(
                reporter,
                "/desk/verdicts/" + verdict + "/edit",
                "version",
                desk.verdictVersion(verdict),
                "ratingId",
                String.valueOf(desk.rating("misleading")),
                "summary",
                "Sanctions forbid it.",
                "rationale",
                RATIONALE_REVISED));
        expectRedirect(
                desk.post(reporter, "/desk/verdicts/" + verdict + "/submit", "version", desk.verdictVersion(verdict)));
        expectRedirect(
                desk.post(editor, "/desk/verdicts/" + verdict + "/publish", "version", desk.verdictVersion(verdict)));

        draft(reporter, "false", "Sanctions forbid it.", RATIONALE_REVISED, "The rating was too mild.");
        long correction = desk.count("select id from verdict where claim_id = ? and status = 'DRAFT'", id);
        expectRedirect(desk.post(
                reporter, "/desk/verdicts/" + correction + "/submit", "version", desk.verdictVersion(correction)));
        expectRedirect(desk.post(
                editor, "/desk/verdicts/" + correction + "/publish", "version", desk.verdictVersion(correction)));

        expectRedirect(
                desk.post(editor, "/desk/claims/" + id + "/unpublish", "confirm", "yes", "reason", RETRACTION_REASON));
        expectRedirect(desk.post(editor, "/desk/claims/" + id + "/republish"));

        var published = context.getBean(ClaimManagement.class).findForDesk(id).orElseThrow();
        expectRedirect(desk.post(
                reporter,
                "/desk/claims/" + id + "/update",
                "version",
                String.valueOf(published.getVersion()),
                "speakerName",
                published.getSpeaker().getName(),
                "claimText",
                published.getText(),
                "language",
                "id",
                "summary",
                "Workers from North Korea for Donbas",
                "saidOn",
                "2022-07-18",
                "datePrecision",
                "DAY",
                "saidWhere",
                "in an interview with Izvestia",
                "topics",
                "North Korea, Russia and Donbas",
                "publicNote",
                PUBLIC_NOTE));
        long update = desk.count("select id from claim_update where claim_id = ?", id);
        expectRedirect(desk.post(
                reporter,
                "/desk/updates/" + update + "/submit",
                "claimId",
                String.valueOf(id),
                "version",
                updateVersion(update)));
        expectRedirect(desk.post(
                editor,
                "/desk/updates/" + update + "/publish",
                "claimId",
                String.valueOf(id),
                "version",
                updateVersion(update),
                "publicNote",
                PUBLIC_NOTE));
    }

    private String updateVersion(long update) {
        return String.valueOf(desk.count("select version from claim_update where id = ?", update));
    }

    private Document history(Locale locale) {
        var result = mvc.get()
                .uri("/desk/claims/" + claim.getId() + "/history")
                .with(user(editor))
                .header("Accept-Language", locale.toLanguageTag())
                .exchange();
        assertThat(result).hasStatusOk();
        return DeskTestSupport.html(result);
    }

    /** Enum codes and field names in the text, as whole words (labels such as "Status" are words, not names). */
    private static List<String> rawNames(String text) {
        var found = new ArrayList<String>();
        var names = Stream.concat(
                        ENUMS.stream()
                                .flatMap(type -> Stream.of(type.getEnumConstants()))
                                .map(Enum::name),
                        fieldNames().stream().filter(name -> !name.equals(name.toLowerCase(Locale.ROOT))))
                .distinct()
                .toList();
        for (var name : names) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])")
                    .matcher(text)
                    .find()) {
                found.add(name);
            }
        }
        return found;
    }

    private static List<String> fieldNames() {
        return RECORDS.stream()
                .flatMap(type -> Stream.of(type.getDeclaredFields()))
                .filter(field -> !Modifier.isStatic(field.getModifiers()))
                .map(Field::getName)
                .distinct()
                .toList();
    }

    /** The fields the history records: those Envers audits, keys and bookkeeping aside (as AuditHistory). */
    private static boolean recorded(Field field) {
        var name = field.getName();
        return !Modifier.isStatic(field.getModifiers())
                && !field.isAnnotationPresent(jakarta.persistence.Id.class)
                && !field.isAnnotationPresent(jakarta.persistence.Version.class)
                && !field.isAnnotationPresent(NotAudited.class)
                && !name.endsWith("Id")
                && !name.equals("createdBy")
                && !name.equals("slug")
                && !name.equals("createdAt")
                && !name.equals("updatedAt");
    }

    private Element entry(Document page, String done) {
        return entry(page, done, "");
    }

    /** The newest entry saying what was done, of a record whose values hold the given words. */
    private Element entry(Document page, String done, String holding) {
        return page.select("li.change").stream()
                .filter(li -> li.select(".done").text().equals(done))
                .filter(li -> li.select("table").text().contains(holding))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry «" + done + "» in "
                        + page.select("ol.history").text()));
    }

    private Element row(Element entry, String labelKey, Locale locale) {
        var label = message(labelKey, locale);
        return entry.select("tbody tr").stream()
                .filter(tr -> tr.select("th").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row «" + label + "» in " + entry.text()));
    }

    private String action(String action, String record, Locale locale) {
        return messages.getMessage(
                "desk.history.action." + action,
                new Object[] {message("desk.history.record." + record, locale)},
                locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private void draft(FactlineUser who, String rating, String summary, String rationale, String reason) {
        var request = desk.post(
                who,
                "/desk/claims/" + claim.getId() + "/verdicts",
                "ratingId",
                String.valueOf(desk.rating(rating)),
                "summary",
                summary,
                "rationale",
                rationale);
        if (reason != null) {
            request = request.param("correctionReason", reason);
        }
        expectRedirect(request);
    }

    private static void expectRedirect(MockMvcTester.MockMvcRequestBuilder request) {
        assertThat(request.exchange()).hasStatus(HttpStatus.FOUND);
    }
}

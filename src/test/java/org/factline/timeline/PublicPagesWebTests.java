package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;
import static org.factline.timeline.PublicFixtures.html;

import java.time.LocalDate;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.shared.LanguageAddresses;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** The reader pages with the demo data: what a reader sees, and what never reaches them. */
@IntegrationTest
class PublicPagesWebTests {

    static final String SANCTIONS = "UN sanctions leave room for North Korea–Donbas economic cooperation";
    static final String BUILDERS = "North Korean builders could help rebuild occupied Donbas";
    static final String RED_ARMY = "Red Army soldiers and Korean patriots fought side by side to free Korea";
    static final String COOPERATION = "North Korea–Russia cooperation has risen to a new level";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void browsingByRatingShowsOnlyClaimsWithThatRating() {
        var page = html(mvc.get().uri("/?rating=misleading").exchange());
        // other tests share the database and may add misleading claims of their own
        assertThat(page.select(".claim-card h3").eachText())
                .contains(SANCTIONS)
                .doesNotContain(BUILDERS, RED_ARMY, COOPERATION);
        assertThat(page.select(".claim-card .rating-label").eachText()).containsOnly("Misleading");
        assertThat(page.select("select#rating option[selected]").attr("value")).isEqualTo("misleading");
    }

    @Test
    void browsingBySpeakerTopicAndDateRange() {
        var speakerSlug = jdbc.sql("select slug from speaker where name = 'Alexander Matsegora'")
                .query(String.class)
                .single();
        var bySpeaker = html(mvc.get().uri("/?speaker=" + speakerSlug).exchange());
        assertThat(bySpeaker.select(".claim-card h3").eachText()).containsExactlyInAnyOrder(SANCTIONS, BUILDERS);

        var byTopic = html(mvc.get()
                .uri("/?topic=north-korea-russia-and-donbas&from=2022-08-01&to=2022-08-31")
                .exchange());
        assertThat(byTopic.select(".claim-card h3").eachText())
                .containsExactlyInAnyOrder(RED_ARMY, COOPERATION)
                .doesNotContain(PublicFixtures.DRAFT_SUMMARY);
    }

    @Test
    void badFilterValuesAreIgnoredWithANoteNeverAnError() {
        for (var uri : new String[] {
            "/?page=abc",
            "/?page=-4",
            "/?from=yesterday&to=2022-13-45",
            "/?rating=%3Cscript%3E",
            "/?page=99999999999",
            "/search?q=%00%00&page=x",
            "/speakers/alexander-matsegora?page=zz",
            "/topics/no-such-topic"
        }) {
            var result = mvc.get().uri(uri).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isIn(200, 404);
        }
        var page = html(mvc.get().uri("/?from=yesterday").exchange());
        assertThat(page.select(".filters .note").text()).contains("could not be understood");
    }

    @Test
    void theClaimPageTellsTheStoryInOrderAndLinksItsSpeakerAndTopic() {
        var page = html(mvc.get().uri(fixtures.pathOf(SANCTIONS)).exchange());

        var dates = page.select(".timeline time").eachAttr("datetime");
        assertThat(dates).first().isEqualTo("2017-09-11");
        assertThat(dates).isSorted();
        assertThat(page.select(".timeline .timeline-kind").eachText())
                .contains("Said", "Reported", "Source", "Verdict");
        assertThat(page.select(".timeline-said time").text()).isEqualTo("July 2022");
        assertThat(page.select(".timeline-verdict .rating-label").text()).isEqualTo("Misleading");

        assertThat(page.select(".who a").attr("href")).startsWith("/speakers/alexander-matsegora");
        assertThat(page.select(".topics a").attr("href")).isEqualTo("/topics/north-korea-russia-and-donbas");
        assertThat(page.select(".related .claim-card h3").eachText()).contains(BUILDERS);
        assertThat(page.select(".related").text()).doesNotContain(PublicFixtures.DRAFT_SUMMARY);
        assertThat(page.select(".report-box a").attr("href"))
                .isEqualTo(PublicFixtures.reportPath(fixtures.pathOf(SANCTIONS)));
        assertThat(page.select("footer a").eachText()).contains("Methodology", "Corrections policy", "Report an error");
    }

    @Test
    void theClaimPageShowsWhoSaidItThenHowItTravelledAndWhoCheckedIt() {
        var page = html(mvc.get().uri(fixtures.pathOf(RED_ARMY)).exchange());

        assertThat(page.select(".who").text()).isEqualTo("Said by Vladimir Putin, President of Russia");
        assertThat(page.select(".appearance .chain > span:not(.label):not([aria-hidden])")
                        .eachText())
                .containsExactly(
                        "Putin's message to Kim Jong Un",
                        "RIA Novosti",
                        page.select(".appearance .meta > span").first().text());
        assertThat(page.select(".appearance mark").text()).startsWith("Rusia menghormati kenangan");
        assertThat(page.select(".appearance blockquote").attr("lang")).isEqualTo("id");
        assertThat(page.select(".verdict-people").first().text())
                .matches("Checked by .+, reviewed by .+, published .+\\.");
        assertThat(page.select(".verdict-people").first().text()).doesNotContain("null");
    }

    @Test
    void aCorrectedVerdictKeepsItsHistoryAndEachSourceItsStanceAndOrder() {
        var claim = fixtures.published(TestData.unique("Corrected claim"), "Kalimat yang dikoreksi.", 5, 1);
        fixtures.correct(claim.getId(), "mostly-false", "Corrected summary.", "A new document came to light.");

        var page = html(mvc.get().uri(claim.path()).exchange());

        assertThat(page.select(".verdict-card .rating-label").text()).isEqualTo("Mostly false");
        assertThat(page.select(".verdict-people").eachText()).anyMatch(line -> line.startsWith("Corrected "));
        assertThat(page.select(".superseded del").text())
                .isEqualTo("False — The claim is not accurate: " + claim.getSummary());
        assertThat(page.select("#history-heading ~ p").text())
                .isEqualTo("Reason for the correction: A new document came to light.");
        assertThat(page.select(".timeline .timeline-kind").eachText()).containsSubsequence("Verdict", "Correction");
        // sources are grouped by stance (supports, contradicts, context) and keep the desk's order in each group
        assertThat(page.select(".sources li.source > a").eachText())
                .containsExactly("Source 0", "Source 3", "Source 1", "Source 4", "Source 2");
        assertThat(page.select(".sources li.source > a").first().attr("href"))
                .isEqualTo("https://example.org/source/0");
    }

    @Test
    void theBrowseFormOffersATopicAsSoonAsItsFirstClaimIsPublished() {
        var before = html(mvc.get().uri("/").exchange())
                .select("select#topic option")
                .eachText();

        var claim = fixtures.published(TestData.unique("Newly browsable"), "Kalimat baru.", 1, 1);
        var topic = jdbc.sql(
                        "select t.name from topic t join claim_topic ct on ct.topic_id = t.id where ct.claim_id = ?")
                .param(claim.getId())
                .query(String.class)
                .single();

        assertThat(before).doesNotContain(topic);
        assertThat(html(mvc.get().uri("/").exchange())
                        .select("select#topic option")
                        .eachText())
                .contains(topic);
    }

    @Test
    void theClaimPageCarriesOneClaimReviewThatSaysWhatThePageSays() {
        var path = fixtures.pathOf(SANCTIONS);
        for (var language : new String[] {"en", "id"}) {
            var page = html(mvc.get().uri(LanguageAddresses.of(language, path)).exchange());
            var scripts = page.select("script[type=application/ld+json]");
            assertThat(scripts).hasSize(1);
            var review = JsonMapper.builder().build().readTree(scripts.first().data());

            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            // the headline in the page's language (the demo has both)
            var headline = language.equals("en")
                    ? SANCTIONS
                    : "Sanksi PBB masih memberi ruang kerja sama ekonomi Korea Utara–Donbas";
            assertThat(review.get("claimReviewed").asString())
                    .isEqualTo(headline)
                    .hasSizeLessThanOrEqualTo(75);
            // the review of each language version names that version's address
            assertThat(review.get("url").asString())
                    .isEqualTo("http://localhost:8080" + LanguageAddresses.of(language, path));
            var rating = review.get("reviewRating");
            assertThat(rating.get("alternateName").asString())
                    .isEqualTo(page.select(".verdict-card .rating-label").text())
                    .isEqualTo(language.equals("en") ? "Misleading" : "Menyesatkan");
            // Misleading is off the true-to-false scale: its label, no number to rank it with False
            assertThat(rating.has("ratingValue")).isFalse();
            var item = review.get("itemReviewed");
            assertThat(item.get("@type").asString()).isEqualTo("Claim");
            assertThat(item.get("author").get("name").asString()).isEqualTo("Alexander Matsegora");
            assertThat(item.get("datePublished").asString()).isEqualTo("2022-07");
            // its one appearance is the first; "appearance" lists the others (none)
            assertThat(item.get("firstAppearance").get("url").asString())
                    .isEqualTo(page.select(".appearance .article a").attr("href"));
            assertThat(item.get("firstAppearance").get("publisher").get("name").asString())
                    .isEqualTo("TribunWow");
            assertThat(item.has("appearance")).isFalse();

            assertThat(page.select("link[rel=canonical]").attr("href"))
                    .isEqualTo("http://localhost:8080" + LanguageAddresses.of(language, path));
            assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(headline);
            assertThat(page.select("meta[property=og:description]").attr("content"))
                    .startsWith(rating.get("alternateName").asString() + ": ");
        }
    }

    @Test
    void theSpeakerPageShowsTheScorecardAndTheClaimsNewestFirst() {
        var slug = jdbc.sql("select slug from speaker where name = 'Alexander Matsegora'")
                .query(String.class)
                .single();
        var page = html(mvc.get().uri("/speakers/" + slug).exchange());

        assertThat(page.select("h1").text()).isEqualTo("Alexander Matsegora");
        assertThat(page.select(".roles li").eachText())
                .containsExactly("Russian ambassador to North Korea since 1 December 2014");
        assertThat(page.select(".scorecard p").first().text()).isEqualTo("2 published fact-checks");
        var svg = page.select("svg.scorecard-chart");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("title").text())
                .startsWith("Ratings of claims by Alexander Matsegora")
                .contains("Misleading 1", "Unproven 1", "True 0");
        assertThat(svg.select("g.rating-misleading text.count").text()).isEqualTo("1");
        assertThat(svg.select("g.rating-true text.count").text()).isEqualTo("0");
        assertThat(page.select(".claim-card h3").eachText()).containsExactlyInAnyOrder(SANCTIONS, BUILDERS);
    }

    @Test
    void aSpeakerWithOnlyDraftsIsNotFoundAsAnUnknownOneIsNot() {
        var drafts = mvc.get().uri("/speakers/denis-pushilin").exchange();
        assertThat(drafts).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(body(drafts))
                .doesNotContain("Pushilin", PublicFixtures.DRAFT_SUMMARY, PublicFixtures.DRAFT_WORDS)
                .isEqualTo(body(mvc.get().uri("/speakers/no-such-speaker").exchange()));
    }

    @Test
    void theTopicTimelineRunsInTheOrderThingsWereSaid() {
        var page = html(mvc.get().uri("/topics/north-korea-russia-and-donbas").exchange());
        assertThat(page.select("h1").text()).isEqualTo("North Korea, Russia and Donbas");
        var steps = page.select(".story-step");
        assertThat(steps.select(".claim-card h3").eachText()).doesNotContain(PublicFixtures.DRAFT_SUMMARY);
        // the demo's four published claims, in the order they were said (other tests may add their own)
        var demo = steps.stream()
                .filter(step -> java.util.List.of(BUILDERS, SANCTIONS, RED_ARMY, COOPERATION)
                        .contains(step.select("h3").text()))
                .toList();
        assertThat(demo).hasSize(4);
        assertThat(demo.subList(0, 2).stream().map(s -> s.select("h3").text()))
                .containsExactlyInAnyOrder(BUILDERS, SANCTIONS);
        assertThat(demo.subList(2, 4).stream().map(s -> s.select("h3").text()))
                .containsExactlyInAnyOrder(RED_ARMY, COOPERATION);
        assertThat(demo.stream().map(s -> s.select(".story-date").text()))
                .containsExactly("July 2022", "July 2022", "15 August 2022", "15 August 2022");
        assertThat(steps.select(".story-date time").eachAttr("datetime")).isSorted();

        var indonesian =
                html(mvc.get().uri("/id/topics/north-korea-russia-and-donbas").exchange());
        assertThat(indonesian.select(".story-date").eachText()).first().isEqualTo("Juli 2022");
    }

    @Test
    void theFeedsListPublishedFactChecksOnly() {
        // the feed holds the latest fact-checks; other tests publish too, so this one publishes its own
        var latest = fixtures.published(TestData.unique("Latest in the feed"), "Kalimat terbaru.", 0, 1);
        var all = mvc.get().uri("/feed.atom").exchange();
        assertThat(all).hasStatusOk();
        assertThat(all.getResponse().getContentType()).startsWith("application/atom+xml");
        var feed = Jsoup.parse(body(all), Parser.xmlParser());
        assertThat(feed.select("feed > title").text()).isEqualTo("Factline: latest fact-checks");
        assertThat(feed.select("entry > title").eachText())
                .contains("False: " + latest.getSummary())
                .noneMatch(title -> title.contains(PublicFixtures.DRAFT_SUMMARY));
        assertThat(feed.select("entry > link").eachAttr("href")).contains("http://localhost:8080" + latest.path());

        var topic = Jsoup.parse(
                body(mvc.get()
                        .uri("/topics/north-korea-russia-and-donbas/feed.atom")
                        .exchange()),
                Parser.xmlParser());
        assertThat(topic.select("entry > title").eachText())
                .contains("Misleading: " + SANCTIONS, "Mostly true: " + COOPERATION)
                .noneMatch(title -> title.contains(PublicFixtures.DRAFT_SUMMARY));
        var speaker = Jsoup.parse(
                body(mvc.get().uri("/speakers/denis-pushilin/feed.atom").exchange()), Parser.xmlParser());
        assertThat(speaker.select("entry")).isEmpty();
        assertThat(mvc.get().uri("/speakers/nobody-at-all/feed.atom").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theSitemapAndRobotsListPublicPagesOnly() {
        var robots = body(mvc.get().uri("/robots.txt").exchange());
        assertThat(robots).contains("Disallow: /desk/", "Sitemap: http://localhost:8080/sitemap.xml");

        var index = Jsoup.parse(body(mvc.get().uri("/sitemap.xml").exchange()), Parser.xmlParser());
        var files = index.select("sitemap > loc").eachText();
        assertThat(files)
                .contains("http://localhost:8080/sitemap-pages.xml", "http://localhost:8080/sitemap-claims-0.xml");

        var claims = Jsoup.parse(body(mvc.get().uri("/sitemap-claims-0.xml").exchange()), Parser.xmlParser())
                .select("url > loc")
                .eachText();
        assertThat(claims).contains("http://localhost:8080" + fixtures.pathOf(SANCTIONS));
        assertThat(claims).noneMatch(loc -> loc.contains("/claims/" + fixtures.draftId() + "-"));

        var pages = Jsoup.parse(body(mvc.get().uri("/sitemap-pages.xml").exchange()), Parser.xmlParser())
                .select("url > loc")
                .eachText();
        assertThat(pages)
                .contains(
                        "http://localhost:8080/methodology",
                        "http://localhost:8080/topics/north-korea-russia-and-donbas",
                        "http://localhost:8080/speakers/alexander-matsegora")
                .doesNotContain("http://localhost:8080/speakers/denis-pushilin");
    }

    @Test
    void theMethodologyExplainsEveryRating() {
        var page = html(mvc.get().uri("/methodology").exchange());
        assertThat(page.select(".scale dt .rating-label").eachText())
                .containsExactly("True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unproven");
        assertThat(page.select(".scale dd").first().text())
                .isEqualTo("The statement is accurate and nothing significant is missing.");
        var indonesian = html(mvc.get().uri("/id/methodology").exchange());
        assertThat(indonesian.select(".scale dt .rating-label").eachText()).contains("Menyesatkan", "Belum terbukti");
    }

    @Test
    void aCorrectionAppearsOnTheCorrectionsPageAndOnTheClaimPageAtOnce() {
        var claim = fixtures.published(TestData.unique("Corrected claim"), "Klaim yang akan dikoreksi.", 1, 1);
        var before = html(mvc.get().uri(claim.path()).exchange());
        assertThat(before.select(".verdict-card .rating-label").text()).isEqualTo("False");

        fixtures.correct(claim.getId(), "mostly-false", "Newer evidence changes the picture.", "A new census was out.");

        var after = html(mvc.get().uri(claim.path()).exchange());
        assertThat(after.select(".verdict-card .rating-label").text()).isEqualTo("Mostly false");
        assertThat(after.select(".superseded del").text()).startsWith("False");
        assertThat(after.select(".timeline-correction .meta").text()).contains("A new census was out.");

        var corrections = html(mvc.get().uri("/corrections").exchange());
        var entry = corrections.select(".correction").stream()
                .filter(e -> e.select("h3").text().equals(claim.getSummary()))
                .findFirst()
                .orElseThrow();
        assertThat(entry.select(".rating-change del").text()).isEqualTo("False");
        assertThat(entry.select(".changed-parts").text()).isEqualTo("Changed: rating, conclusion, reasoning");
        assertThat(entry.select(".rating-label").text()).isEqualTo("Mostly false");
        assertThat(entry.select(".reason").text()).isEqualTo("A new census was out.");
    }

    @Test
    void draftsArchivedClaimsAndUnpublishedVerdictsNeverReachReaders() {
        var archived =
                fixtures.published(TestData.unique("Archived claim"), "Kalimat arsip zebrakuda yang ditarik.", 1, 1);
        var withDraftVerdict = fixtures.published(TestData.unique("Has a pending correction"), "Kalimat biasa.", 1, 1);
        // a newer verdict still in the desk: readers keep seeing the published one
        var ratings = context.getBean(org.factline.verdict.VerdictManagement.class);
        ratings.draft(new org.factline.verdict.NewVerdict(
                withDraftVerdict.getId(),
                ratings.rating("default", "true").orElseThrow().getId(),
                "Unpublished verdict summary gajahterbang",
                "Unpublished rationale gajahterbang",
                fixtures.data().user(org.factline.account.Role.REPORTER).getId()));
        assertThat(html(mvc.get().uri(archived.path()).exchange()).text()).contains("zebrakuda");
        fixtures.archive(archived.getId());

        assertThat(mvc.get().uri(archived.path()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        var draftPath = "/claims/" + fixtures.draftId() + "-donbas-is-fighting-for-freedom-as-korea-did-in-1945";
        assertThat(mvc.get().uri(draftPath).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/claims/" + fixtures.draftId() + "/report").exchange())
                .hasStatus(HttpStatus.NOT_FOUND);

        for (var uri : new String[] {
            "/",
            "/?topic=north-korea-russia-and-donbas",
            "/topics/north-korea-russia-and-donbas",
            "/speakers/denis-pushilin",
            "/feed.atom",
            "/topics/north-korea-russia-and-donbas/feed.atom",
            "/sitemap-claims-0.xml",
            "/search?q=Donbas",
            "/search?q=zebrakuda",
            "/search?q=gajahterbang",
            "/search?q=Pushilin",
            "/corrections",
            withDraftVerdict.path()
        }) {
            var result = mvc.get().uri(uri).exchange();
            // a search page repeats the query it was asked; only its results must be clean
            var text =
                    uri.startsWith("/search") ? html(result).select("main ol").outerHtml() : body(result);
            assertThat(text)
                    .as(uri)
                    .doesNotContain(
                            PublicFixtures.DRAFT_SUMMARY,
                            PublicFixtures.DRAFT_WORDS,
                            "zebrakuda",
                            archived.getSummary(),
                            "gajahterbang",
                            "/claims/" + fixtures.draftId() + "-");
        }
        var jsonLd = html(mvc.get().uri(withDraftVerdict.path()).exchange())
                .select("script[type=application/ld+json]")
                .first()
                .data();
        assertThat(jsonLd).contains("\"alternateName\":\"False\"").doesNotContain("gajahterbang");
    }

    @Test
    void publicPagesAnswerConditionalRequestsAndChangeAsSoonAsAVerdictIsPublished() {
        var first = mvc.get().uri("/").exchange();
        var etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(first.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'");

        var again = mvc.get().uri("/").header("If-None-Match", etag).exchange();
        assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(body(again)).isEmpty();

        var summary = TestData.unique("Freshly published");
        fixtures.published(summary, "Kalimat baru.", 1, 1);

        var changed = mvc.get().uri("/").header("If-None-Match", etag).exchange();
        assertThat(changed).hasStatusOk();
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(html(changed).select(".claim-card h3").eachText()).contains(summary);
    }

    @Test
    void theLanguageSwitchKeepsTheReaderOnTheSamePageWithTheSameFilters() {
        var page = html(mvc.get().uri("/search?q=sanksi&rating=misleading").exchange());
        assertThat(page.select(".languages a[lang=id]").attr("href"))
                .isEqualTo("/search?q=sanksi&rating=misleading&lang=id");
        var switched =
                mvc.get().uri("/search?q=sanksi&rating=misleading&lang=id").exchange();
        assertThat(switched)
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasRedirectedUrl("/id/search?q=sanksi&rating=misleading");
        assertThat(switched.getResponse().getCookie("factline-lang")).isNotNull();
        var indonesian =
                html(mvc.get().uri("/id/search?q=sanksi&rating=misleading").exchange());
        assertThat(indonesian.select("html").attr("lang")).isEqualTo("id");
        assertThat(indonesian.select(".languages a[lang=en]").attr("href"))
                .isEqualTo("/search?q=sanksi&rating=misleading&lang=en");
    }

    @Test
    void saidDatesAreComparedWithTheFilterDates() {
        var page = html(mvc.get()
                .uri("/?from=" + LocalDate.of(2022, 8, 15) + "&to=" + LocalDate.of(2022, 8, 15))
                .exchange());
        assertThat(page.select(".claim-card h3").eachText())
                .contains(RED_ARMY, COOPERATION)
                .doesNotContain(SANCTIONS);
    }
}

package org.factline.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.html;

import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Searching the demo data in Bahasa Indonesia and English, as a reader types. */
@IntegrationTest
class SearchWebTests {

    static final String SANCTIONS = "UN sanctions leave room for North Korea–Donbas economic cooperation";
    static final String BUILDERS = "North Korean builders could help rebuild occupied Donbas";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex searchIndex;

    @Test
    void anIndonesianWordFormFindsItsStem() {
        // the claim says "Pembangun" (builder); "membangun" (to build) shares the stem "bangun"
        var page = html(mvc.get().uri("/search?q=membangun").exchange());
        assertThat(titles(page)).contains(BUILDERS);
        assertThat(page.select(".claim-card .snippet mark").eachText()).contains("Pembangun");
        assertThat(page.select(".claim-card .snippet").first().attr("lang")).isEqualTo("id");
    }

    @Test
    void anEnglishWordFormFindsItsStem() {
        var page = html(mvc.get().uri("/search?q=sanction").exchange());
        assertThat(titles(page)).contains(SANCTIONS);
    }

    @Test
    void aNameFindsTheSpeakersClaimsWithOrWithoutAccents() {
        assertThat(titles(html(mvc.get().uri("/search?q=Matsegora").exchange())))
                .contains(SANCTIONS, BUILDERS);
        assertThat(titles(html(mvc.get().uri("/search").param("q", "Mátségorá").exchange())))
                .contains(SANCTIONS, BUILDERS);
    }

    @Test
    void aQuoteFragmentFindsItsClaim() {
        var page = html(mvc.get()
                .uri("/search")
                .param("q", "\"meskipun ada sanksi PBB\"")
                .exchange());
        assertThat(titles(page)).first().isEqualTo(SANCTIONS);
        assertThat(page.select(".claim-card .snippet mark").eachText()).contains("sanksi", "PBB");
    }

    @Test
    void searchResultsTakeTheBrowseFilters() {
        var page = html(mvc.get().uri("/search?q=Donbas&rating=unproven").exchange());
        assertThat(titles(page)).containsExactly(BUILDERS);
        assertThat(page.select("#q").attr("value")).isEqualTo("Donbas");
    }

    @Test
    void searchPagesInIndonesian() {
        var page = html(
                mvc.get().uri("/id/search").param("q", "kerja sama ekonomi").exchange());
        assertThat(page.select("h1").text()).isEqualTo("Pencarian: kerja sama ekonomi");
        // the demo's headline as its newsroom wrote it in Bahasa Indonesia
        assertThat(titles(page)).contains("Sanksi PBB masih memberi ruang kerja sama ekonomi Korea Utara–Donbas");
        assertThat(page.select(".claim-card .rating-label").first().text()).isEqualTo("Menyesatkan");
    }

    @Test
    void anEmptyQueryGetsHelpAndANonsenseQueryGetsSuggestions() {
        var empty = html(mvc.get().uri("/search").exchange());
        assertThat(empty.select("h2").first().text()).isEqualTo("How to search");
        assertThat(empty.select(".claim-card")).isEmpty();

        var nonsense = mvc.get().uri("/search?q=%26%26%7C%7C!!%3A*").exchange();
        assertThat(nonsense).hasStatusOk();
        assertThat(html(nonsense).select(".no-results").text()).contains("Nothing found for", "Check the spelling");

        var stopWords = html(mvc.get().uri("/search?q=the+of+and").exchange());
        assertThat(stopWords.select(".no-results")).hasSize(1);
    }

    @Test
    void wordsTooCommonToAskAnythingAreLeftOutUnlessTheyAreAllThereIs() {
        var fixtures = new PublicFixtures(context);
        var word = "kedondong" + (int) (Math.random() * 100_000);
        var summary = TestData.unique("Common words");
        fixtures.published(summary, "Kalimat the " + word + " saja.", 1, 1);

        // "of" and "the" ask nothing in English: the claim, which does not say "of", is found
        assertThat(titles(html(mvc.get().uri("/search?q=of " + word + " the").exchange())))
                .containsExactly(summary);
        // a phrase asks for its words in their order
        assertThat(html(mvc.get().uri("/search?q=\"saja " + word + "\"").exchange())
                        .select(".claim-card"))
                .isEmpty();
        assertThat(titles(html(mvc.get().uri("/search?q=\"the " + word + "\"").exchange())))
                .containsExactly(summary);
        // a query of such words alone is matched as a whole
        assertThat(html(mvc.get().uri("/search?q=the").exchange()).select(".claim-card"))
                .isNotEmpty();
        // and "or" and "-word" read as before
        assertThat(titles(html(mvc.get().uri("/search?q=zzzqqq or " + word).exchange())))
                .containsExactly(summary);
        assertThat(html(mvc.get().uri("/search?q=" + word + " -kalimat").exchange())
                        .select(".claim-card"))
                .isEmpty();
    }

    @Test
    void highlightedSnippetsEscapeWhatWasSaid() {
        var fixtures = new PublicFixtures(context);
        var summary = TestData.unique("Markup in a quote");
        fixtures.published(
                summary, "Dia menulis <script>alert('xss')</script> dan <b>tebal</b> kuskusberang di surat itu.", 1, 1);

        var result = mvc.get().uri("/search?q=kuskusberang").exchange();
        var page = html(result);
        assertThat(titles(page)).containsExactly(summary);
        assertThat(page.select(".snippet script, .snippet b")).isEmpty();
        assertThat(page.select(".snippet mark").eachText()).containsExactly("kuskusberang");
        assertThat(page.select(".snippet").text()).contains("<script>alert('xss')</script>");
        assertThat(PublicFixtures.body(result)).contains("&lt;script&gt;");
    }

    @Test
    void aMatchInTheVerdictAloneShowsTheVerdictsWords() {
        var fixtures = new PublicFixtures(context);
        var word = "kedondong" + (int) (Math.random() * 100_000);
        var summary = TestData.unique("Verdict words " + word);
        fixtures.published(summary, "Kalimat yang tidak memuat kata itu.", 0, 0);

        var page = html(mvc.get().uri("/search?q=" + word).exchange());
        assertThat(titles(page)).containsExactly(summary);
        var snippet = page.select(".claim-card .snippet").first();
        assertThat(snippet.text()).startsWith("The claim is not accurate");
        assertThat(snippet.select("mark").eachText()).containsExactly(word);
        // the verdict's words are marked with their language, not the claim's
        assertThat(snippet.attr("lang")).isEqualTo("en");
        // on the Indonesian page too, while the conclusion is written in English only
        var indonesian = html(mvc.get().uri("/id/search?q=" + word).exchange())
                .select(".claim-card .snippet")
                .first();
        assertThat(indonesian.text()).startsWith("The claim is not accurate");
        assertThat(indonesian.attr("lang")).isEqualTo("en");
    }

    @Test
    void aMatchInTheVerdictShowsItsConclusionInTheReadersLanguage() {
        var fixtures = new PublicFixtures(context);
        var word = "belimbing" + (int) (Math.random() * 100_000);
        var claim = fixtures.published(TestData.unique("Two conclusions"), "Kalimat tanpa kata itu.", 0, 0);
        jdbc.sql("update verdict set summary = ?, summary_id = ? where claim_id = ? and status = 'PUBLISHED'")
                .params(
                        "In English the " + word + " is named.",
                        "Dalam bahasa Indonesia " + word + " disebut.",
                        claim.getId())
                .update();
        searchIndex.reindex(claim.getId());

        var english = html(mvc.get().uri("/search?q=" + word).exchange())
                .select(".claim-card .snippet")
                .first();
        assertThat(english.text()).contains("English the").doesNotContain("Indonesia");
        assertThat(english.attr("lang")).isEqualTo("en");
        assertThat(english.select("mark").eachText()).containsExactly(word);
        var indonesian = html(mvc.get().uri("/id/search?q=" + word).exchange())
                .select(".claim-card .snippet")
                .first();
        assertThat(indonesian.text()).contains("bahasa Indonesia").doesNotContain("English");
        assertThat(indonesian.attr("lang")).isEqualTo("id");
        assertThat(indonesian.select("mark").eachText()).containsExactly(word);
    }

    @Test
    void aMatchInTheTranslationAloneShowsTheTranslationInItsLanguage() {
        var fixtures = new PublicFixtures(context);
        var word = "starfruit" + (int) (Math.random() * 100_000);
        var summary = TestData.unique("Translated words");
        var claim = fixtures.published(summary, "Kalimat asli tanpa kata itu.", 0, 0);
        jdbc.sql("update claim set translation = ?, translation_language = 'en' where id = ?")
                .params("The translation names the " + word + " here.", claim.getId())
                .update();
        searchIndex.reindex(claim.getId());

        var page = html(mvc.get().uri("/search?q=" + word).exchange());
        assertThat(titles(page)).containsExactly(summary);
        var snippet = page.select(".claim-card .snippet").first();
        assertThat(snippet.text()).startsWith("The translation names");
        assertThat(snippet.select("mark").eachText()).containsExactly(word);
        assertThat(snippet.attr("lang")).isEqualTo("en");
    }

    @Test
    void theLastPageOfAWordWithManyMatchesSaysHowToReachOlderOnes() {
        var fixtures = new PublicFixtures(context);
        var word = "jambuair" + (int) (Math.random() * 100_000);
        for (int i = 0; i < Searches.RANKED; i++) {
            fixtures.published(TestData.unique("Common word " + i), "Kalimat " + word + " nomor " + i + ".", 0, 0);
        }

        var first = html(mvc.get().uri("/search?q=" + word).exchange());
        assertThat(first.select(".claim-card")).hasSize(Searches.PAGE_SIZE);
        assertThat(first.select("p.note")).isEmpty();
        var last = html(mvc.get()
                .uri("/search?q=" + word + "&page=" + (Searches.RANKED / Searches.PAGE_SIZE - 1))
                .exchange());
        assertThat(last.select(".claim-card")).hasSize(Searches.PAGE_SIZE);
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select("p.note").text()).contains("100 latest matches", "Said from");
    }

    @Test
    void resultsPaginateAndKeepTheQuery() {
        var fixtures = new PublicFixtures(context);
        var word = "rambutankembar" + (int) (Math.random() * 10000);
        for (int i = 0; i < 22; i++) {
            fixtures.published(TestData.unique("Paged claim"), "Kalimat " + word + " nomor " + i + ".", 0, 0);
        }
        var first = html(mvc.get().uri("/search?q=" + word).exchange());
        assertThat(first.select(".claim-card")).hasSize(Searches.PAGE_SIZE);
        var next = first.select(".pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/search?q=" + word + "&page=1");
        var second = html(mvc.get().uri(next).exchange());
        assertThat(second.select(".claim-card")).hasSize(Searches.PAGE_SIZE);
        assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/search?q=" + word);
        var third = html(
                mvc.get().uri(second.select(".pager a[rel=next]").attr("href")).exchange());
        assertThat(third.select(".claim-card")).hasSize(22 - 2 * Searches.PAGE_SIZE);
        assertThat(third.select(".pager a[rel=next]")).isEmpty();
        // no page is repeated or skipped
        var titles = new java.util.HashSet<String>();
        titles.addAll(titles(first));
        titles.addAll(titles(second));
        titles.addAll(titles(third));
        assertThat(titles).hasSize(22);
    }

    private static java.util.List<String> titles(org.jsoup.nodes.Document page) {
        return page.select(".claim-card h3").eachText();
    }
}

package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.factline.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** What a reader sees of the demo data: the TribunWow article of August 2022. */
@IntegrationTest
class ReaderPagesWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHomePageListsThePublishedDemoClaimsWithTheirVerdicts() {
        var page = html(mvc.get().uri("/?topic=north-korea-russia-and-donbas").exchange());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".claim-card h3").eachText())
                .contains(
                        "North Korean builders could help rebuild occupied Donbas",
                        "UN sanctions leave room for North Korea–Donbas economic cooperation",
                        "Red Army soldiers and Korean patriots fought side by side to free Korea",
                        "North Korea–Russia cooperation has risen to a new level")
                .doesNotContain("Donbas is fighting for freedom as Korea did in 1945");
        assertThat(page.select(".claim-card .rating-label").eachText())
                .contains("Misleading", "Half true", "Mostly true");
    }

    @Test
    void theClaimPageShowsQuoteTranslationVerdictSourcesAndWhereItAppeared() {
        var page = html(mvc.get()
                .uri(pathOf("UN sanctions leave room for North Korea–Donbas economic cooperation"))
                .exchange());

        assertThat(page.select(".who").text()).contains("Alexander Matsegora", "Russian ambassador to North Korea");
        assertThat(page.select(".when-where time").text()).isEqualTo("July 2022");
        assertThat(page.select(".claim-quote").attr("lang")).isEqualTo("id");
        assertThat(page.select(".claim-quote").text()).startsWith("Ada banyak peluang untuk kerja sama ekonomi");
        assertThat(page.select(".translation blockquote").attr("lang")).isEqualTo("en");
        assertThat(page.select(".verdict-card .rating-label").text()).isEqualTo("Misleading");
        assertThat(page.select(".verdict-people").first().text())
                .matches("Checked by Dewi Lestari, reviewed by Budi Santoso, published \\d{1,2} [A-Z][a-z]+ \\d{4}\\.");
        assertThat(page.select(".sources li").eachText())
                .anySatisfy(text ->
                        assertThat(text).contains("UN Security Council resolution 2397 (2017)", "Primary document"));
        assertThat(page.select(".sources a[href]").eachAttr("href")).contains("https://undocs.org/S/RES/2397(2017)");
        assertThat(page.select(".appearance .article a").attr("href"))
                .startsWith("https://wow.tribunnews.com/2022/08/17/");
        assertThat(page.select(".appearance mark").text()).contains("meskipun ada sanksi PBB");
        assertThat(page.select(".appearance .chain").text()).contains("Izvestia → TribunWow");
    }

    @Test
    void theAttributionChainReadsFromTheOriginToTheReportingOutlet() {
        var page = html(mvc.get()
                .uri(pathOf("North Korea–Russia cooperation has risen to a new level"))
                .exchange());
        assertThat(page.select(".appearance .chain").text())
                .contains("Kim Jong Un's message to Vladimir Putin → KCNA → TribunWow");
    }

    @Test
    void pagesAreInIndonesianForIndonesianReaders() {
        var path = pathOf("UN sanctions leave room for North Korea–Donbas economic cooperation");
        var negotiated = mvc.get()
                .uri(path)
                .header("Accept-Language", "id-ID,id;q=0.9,en;q=0.5")
                .exchange();
        assertThat(negotiated).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/id" + path);
        var page = html(mvc.get().uri("/id" + path).exchange());

        assertThat(page.select("html").attr("lang")).isEqualTo("id");
        assertThat(page.select(".verdict-card .rating-label").text()).isEqualTo("Menyesatkan");
        assertThat(page.select(".when-where time").text()).isEqualTo("Juli 2022");
        assertThat(page.select("#sources-heading").text()).isEqualTo("Sumber");
    }

    @Test
    void theLanguageSwitchSticks() {
        var switched = mvc.get().uri("/?lang=id").exchange();
        var cookie = switched.getResponse().getCookie("factline-lang");
        assertThat(cookie).isNotNull();
        assertThat(mvc.get().uri("/").cookie(cookie).exchange()).hasRedirectedUrl("/id/");
        var page = html(mvc.get().uri("/id/").cookie(cookie).exchange());
        assertThat(page.select("h1").text()).isEqualTo("Cek fakta terbaru");
    }

    @Test
    void aDraftClaimIsNotFoundForReaders() {
        long draftId = jdbc.sql(
                        "select id from claim where status = 'DRAFT' and summary = 'Donbas is fighting for freedom as Korea did in 1945'")
                .query(Long.class)
                .single();
        var result = mvc.get()
                .uri("/claims/" + draftId + "-donbas-is-fighting-for-freedom-as-korea-did-in-1945")
                .exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(result).text()).doesNotContain("Orang-orang di wilayah Donbas");
    }

    @Test
    void anUnknownClaimGetsTheNotFoundPageInTheReadersLanguage() {
        assertThat(mvc.get()
                        .uri("/claims/987654321-no-such-claim")
                        .header("Accept-Language", "id")
                        .exchange())
                .hasRedirectedUrl("/id/claims/987654321-no-such-claim");
        var result = mvc.get().uri("/id/claims/987654321-no-such-claim").exchange();
        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(result).select("h1").text()).isEqualTo("Halaman tidak ditemukan");

        var unknownPath = mvc.get().uri("/no/such/page").exchange();
        assertThat(unknownPath).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(unknownPath).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void anOldOrMissingSlugRedirectsToTheCurrentOne() {
        var path = pathOf("Red Army soldiers and Korean patriots fought side by side to free Korea");
        var id = path.substring("/claims/".length(), path.indexOf('-'));
        assertThat(mvc.get().uri("/claims/" + id + "-an-old-slug").exchange())
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasRedirectedUrl(path);
        // the short link follows the claim wherever its slug goes, so it is not a permanent move
        assertThat(mvc.get().uri("/claims/" + id).exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl(path);
    }

    @Test
    void ratingColoursAreServedAsAStylesheetSoPagesNeedNoInlineStyles() throws Exception {
        var result = mvc.get().uri("/css/ratings.css").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(".rating-misleading{--rating-colour:#6d3596}");
    }

    private String pathOf(String summary) {
        return jdbc.sql("select '/claims/' || id || '-' || slug from claim where summary = ? and status = 'PUBLISHED'")
                .param(summary)
                .query(String.class)
                .single();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

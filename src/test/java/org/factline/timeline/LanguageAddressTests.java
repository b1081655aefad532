package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;
import static org.factline.timeline.PublicFixtures.html;

import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.factline.IntegrationTest;
import org.factline.shared.LanguageAddresses;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A URL per language: English at the bare path (also the x-default), Indonesian under /id; every public
 * page names itself as canonical and its versions as hreflang alternates, and so does the sitemap (checked
 * against the sitemaps protocol's schema); the bare path follows the reader's choice, then their
 * Accept-Language list by q-value; old ?lang= links move permanently; the page cache keeps the languages
 * apart.
 */
@IntegrationTest
class LanguageAddressTests {

    static final String SITE = "http://localhost:8080";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyPublicPageTypeNamesItselfAsCanonicalAndItsVersionsInBothLanguages() {
        var problems = new ArrayList<String>();
        for (var type : PublicPageTypes.all(context).entrySet()) {
            var path = type.getValue();
            // a page's canonical leaves out the filters it does not want indexed (the home page's)
            var canonical = type.getKey().equals("home, filtered") ? "/" : path;
            for (var language : LanguageAddresses.LANGUAGES) {
                var address = LanguageAddresses.of(language, path);
                var result = mvc.get().uri(address).exchange();
                var page = html(result);
                var where = type.getKey() + " [" + address + "]";
                assertThat(page.select("html").attr("lang")).as(where).isEqualTo(language);
                if (result.getResponse().getStatus() == HttpStatus.NOT_FOUND.value()) {
                    assertThat(page.select("link[rel=canonical], link[hreflang]"))
                            .as(where + ": a missing page names no address")
                            .isEmpty();
                    continue;
                }
                assertThat(page.select("link[rel=canonical]").eachAttr("href"))
                        .as(where + ": canonical")
                        .containsExactly(SITE + LanguageAddresses.of(language, canonical));
                assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                        .as(where)
                        .containsExactly("en", "id", "x-default");
                assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href"))
                        .as(where)
                        .isEqualTo(SITE + canonical);
                assertThat(page.select("link[rel=alternate][hreflang=id]").attr("href"))
                        .as(where)
                        .isEqualTo(SITE + LanguageAddresses.of("id", canonical));
                assertThat(page.select("link[rel=alternate][hreflang=x-default]")
                                .attr("href"))
                        .as(where)
                        .isEqualTo(SITE + canonical);
                // links to other reader pages stay in the page's language
                for (var anchor : page.select("a[href^=/]")) {
                    var link = anchor.attr("href");
                    if (anchor.closest(".languages") == null
                            && LanguageAddresses.perLanguage(link.replaceAll("[?#].*", ""))
                            && !(language.equals("id") ? link.startsWith("/id/") : !link.startsWith("/id/"))) {
                        problems.add(where + " links to " + link);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSitemapListsEveryPageInBothLanguagesWithItsAlternatesAndFollowsTheSitemapsSchema() throws Exception {
        var index = body(mvc.get().uri("/sitemap.xml").exchange());
        validate(index, "sitemaps/siteindex.xsd");
        var files =
                Jsoup.parse(index, Parser.xmlParser()).select("sitemap > loc").eachText();
        assertThat(files).isNotEmpty();
        var listed = new ArrayList<String>();
        for (var file : files) {
            var xml = body(mvc.get().uri(file.substring(SITE.length())).exchange());
            validate(xml, "sitemaps/sitemap.xsd", "sitemaps/xhtml-link.xsd");
            for (var url : Jsoup.parse(xml, Parser.xmlParser()).select("url")) {
                var loc = url.selectFirst("loc").text();
                listed.add(loc);
                var links = url.select("xhtml|link");
                assertThat(links.eachAttr("hreflang")).as(loc).containsExactly("en", "id", "x-default");
                assertThat(links.eachAttr("rel")).as(loc).containsOnly("alternate");
                var english = links.get(0).attr("href");
                assertThat(links.get(1).attr("href")).as(loc).isEqualTo(english.replace(SITE, SITE + "/id"));
                assertThat(links.get(2).attr("href")).as(loc).isEqualTo(english);
                assertThat(loc).as("a page is one of its own alternates").isIn(links.eachAttr("href"));
            }
        }
        var claim = new PublicFixtures(context).longAddressClaim().path();
        assertThat(listed)
                .contains(SITE + "/", SITE + "/id/", SITE + "/methodology", SITE + "/id/methodology")
                .contains(SITE + claim, SITE + "/id" + claim)
                .contains(SITE + "/speakers/alexander-matsegora", SITE + "/id/speakers/alexander-matsegora")
                .doesNotHaveDuplicates();
    }

    @Test
    void theBarePathFollowsTheWholeAcceptLanguageListByQValue() {
        var path = new PublicFixtures(context).longAddressClaim().path();
        Map<String, String> wanted = Map.of(
                "ms, id;q=0.8", "id",
                "fr, en;q=0.5, id;q=0.9", "id",
                "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "id",
                "in", "id",
                "en-GB,en;q=0.9,id;q=0.8", "en",
                "id;q=0, en", "en",
                "de, *;q=0.5, id;q=0.1", "en",
                "fr, de", "en",
                "id;q=nonsense", "en",
                "", "en");
        wanted.forEach((header, language) -> {
            var result = mvc.get()
                    .uri(path)
                    .header(HttpHeaders.ACCEPT_LANGUAGE, header)
                    .exchange();
            if (language.equals("id")) {
                assertThat(result).as(header).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/id" + path);
            } else {
                assertThat(result).as(header).hasStatusOk();
                assertThat(html(result).select("html").attr("lang")).as(header).isEqualTo("en");
            }
            assertThat(result.getResponse().getHeader(HttpHeaders.VARY))
                    .as(header)
                    .contains("Accept-Language")
                    .contains("Cookie");
        });
        // the address of a language is that language, whatever the browser prefers
        var indonesian = mvc.get()
                .uri("/id" + path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange();
        assertThat(html(indonesian).select("html").attr("lang")).isEqualTo("id");
    }

    @Test
    void theLanguageAReaderChoosesSticksAndABrokenCookieNeverBreaksAPage() {
        var path = new PublicFixtures(context).longAddressClaim().path();
        var toEnglish = mvc.get()
                .uri("/id" + path + "?lang=en")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "id")
                .exchange();
        assertThat(toEnglish).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl(path);
        var english = toEnglish.getResponse().getCookie("factline-lang");
        assertThat(english).isNotNull();
        assertThat(english.getValue()).isEqualTo("en");
        assertThat(english.getMaxAge()).isPositive();
        // an Indonesian browser that chose English stays on the English page
        var stays = mvc.get()
                .uri(path)
                .cookie(english)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "id")
                .exchange();
        assertThat(stays).hasStatusOk();
        assertThat(html(stays).select("html").attr("lang")).isEqualTo("en");
        assertThat(html(mvc.get()
                                .uri("/")
                                .cookie(english)
                                .header(HttpHeaders.ACCEPT_LANGUAGE, "id")
                                .exchange())
                        .select("html")
                        .attr("lang"))
                .isEqualTo("en");

        var toIndonesian = mvc.get().uri(path + "?lang=id").exchange();
        assertThat(toIndonesian).hasRedirectedUrl("/id" + path);
        var indonesian = toIndonesian.getResponse().getCookie("factline-lang");
        assertThat(indonesian.getValue()).isEqualTo("id");
        assertThat(mvc.get()
                        .uri("/speakers/alexander-matsegora")
                        .cookie(indonesian)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .exchange())
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/id/speakers/alexander-matsegora");

        // the switch on each page leads there
        var page = html(mvc.get().uri("/id" + path).exchange());
        assertThat(page.select(".languages a[lang=en]").attr("href")).isEqualTo(path + "?lang=en");
        assertThat(page.select(".languages a[lang=id]").attr("href")).isEqualTo(path + "?lang=id");
        assertThat(page.select(".languages a[lang=en]").attr("hreflang")).isEqualTo("en");

        for (var value : List.of(
                "xx", "%%%", "", "en-GB-oed-nonsense-too-long-to-be-a-tag-at-all", "../id", "\u00e9", "id;q=1")) {
            var broken = mvc.get()
                    .uri(path)
                    .cookie(new Cookie("factline-lang", value))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                    .exchange();
            assertThat(broken).as("cookie %s", value).hasStatusOk();
            assertThat(html(broken).select("html").attr("lang"))
                    .as("cookie %s", value)
                    .isEqualTo("en");
            var desk = mvc.get()
                    .uri("/login")
                    .cookie(new Cookie("factline-lang", value))
                    .exchange();
            assertThat(desk).as("sign-in page, cookie %s", value).hasStatusOk();
        }
    }

    @Test
    void oldLanguageLinksMovePermanentlyToTheAddressInThatLanguage() {
        var path = new PublicFixtures(context).longAddressClaim().path();
        assertThat(mvc.get().uri(path + "?lang=id").exchange())
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasRedirectedUrl("/id" + path);
        assertThat(mvc.get().uri("/?rating=misleading&lang=id&from=2022-01-01").exchange())
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasRedirectedUrl("/id/?rating=misleading&from=2022-01-01");
        assertThat(mvc.get().uri("/search?q=sanksi&lang=en").exchange())
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasRedirectedUrl("/search?q=sanksi");
        var unknown = mvc.get().uri("/methodology?lang=zz").exchange();
        assertThat(unknown).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/methodology");
        assertThat(unknown.getResponse().getCookie("factline-lang")).isNull();
        assertThat(mvc.get().uri("/id").exchange())
                .hasStatus(HttpStatus.MOVED_PERMANENTLY)
                .hasRedirectedUrl("/id/");
        // a claim's short link and an old slug stay in the language they were asked in
        var id = path.substring("/claims/".length(), path.indexOf('-'));
        assertThat(mvc.get().uri("/id/claims/" + id).exchange()).hasRedirectedUrl("/id" + path);
        assertThat(mvc.get().uri("/id/claims/" + id + "-an-old-slug").exchange())
                .hasRedirectedUrl("/id" + path);
        assertThat(mvc.get().uri("/claims/" + id).exchange()).hasRedirectedUrl(path);
        // the desk has one address
        assertThat(mvc.get().uri("/id/login").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePageCacheKeepsEachLanguageApart() {
        var path = new PublicFixtures(context).longAddressClaim().path();
        var english = mvc.get().uri(path).exchange();
        var englishAgain = mvc.get().uri(path).exchange();
        var indonesian = mvc.get().uri("/id" + path).exchange();
        var englishTag = english.getResponse().getHeader(HttpHeaders.ETAG);
        var indonesianTag = indonesian.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(englishTag).isNotNull().isEqualTo(englishAgain.getResponse().getHeader(HttpHeaders.ETAG));
        assertThat(indonesianTag).isNotNull().isNotEqualTo(englishTag);
        assertThat(html(english).select("html").attr("lang")).isEqualTo("en");
        assertThat(html(indonesian).select("html").attr("lang")).isEqualTo("id");

        // the English page's validator does not validate the Indonesian page, and the other way round
        var crossed = mvc.get()
                .uri("/id" + path)
                .header(HttpHeaders.IF_NONE_MATCH, englishTag)
                .exchange();
        assertThat(crossed).hasStatusOk();
        assertThat(html(crossed).select("html").attr("lang")).isEqualTo("id");
        assertThat(mvc.get()
                        .uri(path)
                        .header(HttpHeaders.IF_NONE_MATCH, indonesianTag)
                        .exchange())
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/id" + path)
                        .header(HttpHeaders.IF_NONE_MATCH, indonesianTag)
                        .exchange())
                .hasStatus(HttpStatus.NOT_MODIFIED);
        // a reader preferring Indonesian is never answered from the English page cached at the bare path
        assertThat(mvc.get()
                        .uri(path)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "id")
                        .header(HttpHeaders.IF_NONE_MATCH, englishTag)
                        .exchange())
                .hasStatus(HttpStatus.FOUND);
        assertThat(english.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept-Language", "Cookie");
    }

    @Test
    void mixedLanguageFragmentsCarryTheirOwnLanguage() {
        var fixtures = new PublicFixtures(context);
        var path = fixtures.pathOf("UN sanctions leave room for North Korea–Donbas economic cooperation");
        for (var language : LanguageAddresses.LANGUAGES) {
            var page = html(mvc.get().uri(LanguageAddresses.of(language, path)).exchange());
            var quote = page.selectFirst("blockquote.claim-quote");
            assertThat(quote.attr("lang")).as(language).isNotBlank();
            // what is quoted or named in its own language says so itself, whatever the page's language
            var fragments =
                    page.select("blockquote.claim-quote, .translation blockquote, blockquote.in-context, .languages a,"
                            + " .appearance a[rel=noopener]");
            assertThat(fragments).hasSizeGreaterThan(3);
            for (var fragment : fragments) {
                assertThat(fragment.attr("lang")).as(fragment.outerHtml()).isNotBlank();
            }
            assertThat(page.select(".languages a[lang=en]").text()).isEqualTo("English");
            assertThat(page.select(".languages a[lang=id]").text()).isEqualTo("Bahasa Indonesia");
        }
    }

    private static void validate(String xml, String... schemas) throws Exception {
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var sources = new ArrayList<Source>();
        for (var schema : schemas) {
            sources.add(new StreamSource(LanguageAddressTests.class
                    .getClassLoader()
                    .getResource(schema)
                    .toString()));
        }
        factory.newSchema(sources.toArray(Source[]::new))
                .newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }
}

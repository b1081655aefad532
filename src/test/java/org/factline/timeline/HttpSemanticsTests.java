package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;
import static org.factline.timeline.PublicFixtures.html;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.AccountManagement;
import org.factline.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What HTTP clients (browsers, crawlers, feed readers, caches) are told, read as RFC 9110 reads it. */
@IntegrationTest
class HttpSemanticsTests {

    /** IMF-fixdate (RFC 9110 5.6.7): the day always in two digits. */
    static final String IMF_FIXDATE =
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void lastModifiedIsAnImfFixdate() {
        var page = mvc.get().uri("/").exchange();
        var lastModified = page.getResponse().getHeader("Last-Modified");
        assertThat(lastModified).matches(IMF_FIXDATE);
        // and a client can send it back
        var again = mvc.get().uri("/").header("If-Modified-Since", lastModified).exchange();
        assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
    }

    @Test
    void headIsAnsweredLikeGetFromTheCacheWithItsValidators() {
        var claim = fixtures.published(TestData.unique("Asked for by HEAD first"), "Kalimat untuk HEAD.", 1, 1);

        // not yet cached: HEAD renders the page as GET would, and says everything but the body
        var head = mvc.head().uri(claim.path()).exchange();
        assertThat(head).hasStatusOk();
        assertThat(head.getResponse().getContentAsByteArray()).isEmpty();
        var etag = head.getResponse().getHeader("ETag");
        var lastModified = head.getResponse().getHeader("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).matches(IMF_FIXDATE);
        assertThat(head.getResponse().getHeader("Vary")).contains("Accept-Language", "Accept-Encoding");
        assertThat(head.getResponse().getContentType()).startsWith("text/html");

        var get = mvc.get().uri(claim.path()).exchange();
        assertThat(get.getResponse().getHeader("ETag")).isEqualTo(etag);
        assertThat(get.getResponse().getHeader("Last-Modified")).isEqualTo(lastModified);
        assertThat(head.getResponse().getContentLength())
                .isEqualTo(get.getResponse().getContentAsByteArray().length);

        // conditional HEAD: 304 exactly where GET gets one
        assertThat(mvc.head().uri(claim.path()).header("If-None-Match", etag).exchange())
                .hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(mvc.head()
                        .uri(claim.path())
                        .header("If-Modified-Since", lastModified)
                        .exchange())
                .hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(mvc.head()
                        .uri(claim.path())
                        .header("If-None-Match", "\"other\"")
                        .exchange())
                .hasStatusOk();

        // gzip readers get the gzip representation's validator on HEAD too
        var gzipHead =
                mvc.head().uri(claim.path()).header("Accept-Encoding", "gzip").exchange();
        assertThat(gzipHead.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipHead.getResponse().getHeader("ETag")).isNotEqualTo(etag).endsWith("-gzip\"");

        // feeds too
        var feedHead = mvc.head().uri("/feed.atom").exchange();
        assertThat(feedHead.getResponse().getHeader("ETag")).isNotBlank();
        assertThat(feedHead.getResponse().getContentType()).startsWith("application/atom+xml");
    }

    @Test
    void missingFeedsAndSitemapsAnswerInPlainTextNeverHtmlLabelledAsXml() {
        for (var uri : new String[] {
            "/speakers/nobody-at-all/feed.atom",
            "/topics/no-such-topic/feed.atom",
            "/sitemap-claims-999.xml",
            "/no-such-sitemap.xml",
            "/some/where/feed.atom"
        }) {
            var result = mvc.get()
                    .uri(uri)
                    .accept(MediaType.valueOf("application/atom+xml"), MediaType.APPLICATION_XML)
                    .exchange();
            assertThat(result).as(uri).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(result.getResponse().getContentType()).as(uri).startsWith("text/plain");
            assertThat(body(result)).as(uri).startsWith("Page not found").doesNotContain("<");
        }
        // an Indonesian reader is sent to the Indonesian address, where the feed is missing in Indonesian
        assertThat(mvc.get()
                        .uri("/speakers/nobody-at-all/feed.atom")
                        .header("Accept-Language", "id")
                        .exchange())
                .hasRedirectedUrl("/id/speakers/nobody-at-all/feed.atom");
        var indonesian = mvc.get().uri("/id/speakers/nobody-at-all/feed.atom").exchange();
        assertThat(body(indonesian)).startsWith("Halaman tidak ditemukan");
        // an HTML page still gets the HTML error page
        var page = mvc.get().uri("/speakers/nobody-at-all").exchange();
        assertThat(page.getResponse().getContentType()).startsWith("text/html");
    }

    @Test
    void aClaimReachedByAnOldSlugHasMovedPermanently() {
        var claim = fixtures.published(TestData.unique("Moved by its summary"), "Kalimat pindah.", 0, 1);
        var old = "/claims/" + claim.getId() + "-an-older-summary-of-it";
        var result = mvc.get().uri(old).exchange();
        assertThat(result).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(result.getResponse().getHeader("Location")).endsWith(claim.path());

        fixtures.retract(claim.getId(), "Withdrawn to test its old address.");
        var retracted = mvc.get().uri(old).exchange();
        assertThat(retracted).hasStatus(HttpStatus.MOVED_PERMANENTLY);
        assertThat(retracted.getResponse().getHeader("Location")).endsWith(claim.path());
    }

    @Test
    void everyPageNamesAFaviconThatIsServed() {
        var ico = mvc.get().uri("/favicon.ico").exchange();
        assertThat(ico).hasStatusOk();
        var bytes = ico.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0, 0, 1, 0);
        var svg = mvc.get().uri("/favicon.svg").exchange();
        assertThat(svg).hasStatusOk();
        assertThat(svg.getResponse().getContentType()).startsWith("image/svg+xml");

        var publicPage = html(mvc.get().uri("/").exchange());
        var reporter = context.getBean(AccountManagement.class)
                .principal(fixtures.data().user(Role.REPORTER).getId());
        var deskPage = html(mvc.get().uri("/desk").with(user(reporter)).exchange());
        var errorPage = html(mvc.get().uri("/no-such-page").exchange());
        for (var page : new org.jsoup.nodes.Document[] {publicPage, deskPage, errorPage}) {
            assertThat(page.select("link[rel=icon]").eachAttr("href"))
                    .containsExactlyInAnyOrder("/favicon.ico", "/favicon.svg");
        }
    }
}

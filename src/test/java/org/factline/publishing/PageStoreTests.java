package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.body;

import java.time.Instant;
import java.util.Set;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Rendered pages kept in the database: a restarted (or another) instance serves them without rendering,
 * a change deletes the ones it reaches in its own transaction, and a page that changed while it was
 * rendered is never kept.
 */
@IntegrationTest
class PageStoreTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PageCache pageCache;

    @Autowired
    PageStore store;

    @Autowired
    JdbcClient jdbc;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void aRestartedInstanceServesTheStoredPageWithoutRendering() {
        var claim = fixtures.published(TestData.unique("Stored page"), "Halaman tersimpan.", 2, 1);
        var first = mvc.get().uri(claim.path()).exchange();
        store.awaitWrites();
        assertThat(stored("en " + claim.path())).isTrue();

        pageCache.forgetMemory();
        long renders = pageCache.renders();
        long storedHits = pageCache.storedHits();
        var again = mvc.get().uri(claim.path()).exchange();

        assertThat(again).hasStatusOk();
        assertThat(pageCache.renders()).as("not rendered again").isEqualTo(renders);
        assertThat(pageCache.storedHits()).isEqualTo(storedHits + 1);
        assertThat(body(again)).isEqualTo(body(first)).contains(claim.getSummary());
        assertThat(again.getResponse().getHeader(HttpHeaders.ETAG))
                .isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
        // and it is in memory again: the next request needs no database lookup
        mvc.get().uri(claim.path()).exchange();
        assertThat(pageCache.storedHits()).isEqualTo(storedHits + 1);
    }

    @Test
    void aChangeDeletesTheStoredPagesItReachesAndNoOthers() {
        var claim = fixtures.published(TestData.unique("Sourced later"), "Nanti bersumber.", 1, 1);
        var bystander = fixtures.published(TestData.unique("Stored bystander"), "Penonton tersimpan.", 1, 1);
        mvc.get().uri(claim.path()).exchange();
        mvc.get().uri(bystander.path()).exchange();
        store.awaitWrites();

        fixtures.attachSource(claim.getId(), "Evidence found after storing");

        assertThat(stored("en " + claim.path())).as("the changed claim's page").isFalse();
        assertThat(stored("en " + bystander.path()))
                .as("an unrelated claim's page")
                .isTrue();
        pageCache.forgetMemory();
        assertThat(body(mvc.get().uri(claim.path()).exchange())).contains("Evidence found after storing");
    }

    @Test
    void anArchivedClaimLeavesTheStoreWithItsPage() {
        var claim = fixtures.published(TestData.unique("Archived after storing"), "Diarsipkan.", 1, 1);
        mvc.get().uri(claim.path()).exchange();
        store.awaitWrites();

        fixtures.archive(claim.getId());
        pageCache.forgetMemory();

        assertThat(stored("en " + claim.path())).isFalse();
        assertThat(mvc.get().uri(claim.path()).exchange()).hasStatus(404);
    }

    /**
     * A retracted claim's page, cached and stored before, gives way at once to the retraction notice, in
     * every language, in memory and in the database; the notice is cached as it is, gone (410), and a
     * conditional request with the old page's validator never gets a 304.
     */
    @Test
    void aRetractedClaimsPageGivesWayToItsNoticeWhichStaysGoneWhenCached() {
        var claim = fixtures.published(TestData.unique("Retracted after caching"), "Ditarik setelah disimpan.", 1, 1);
        var path = claim.path();
        var first = mvc.get().uri(path).exchange();
        assertThat(first).hasStatusOk();
        assertThat(mvc.get().uri("/id" + path).exchange()).hasStatusOk();
        store.awaitWrites();
        assertThat(stored("en " + path)).isTrue();
        assertThat(stored("id " + path)).isTrue();

        fixtures.retract(claim.getId(), "Retracted: the quote was invented.");
        assertThat(stored("en " + path)).isFalse();
        assertThat(stored("id " + path)).isFalse();

        // this instance's memory held the page: the notice replaces it
        var gone = mvc.get().uri(path).exchange();
        assertThat(gone).hasStatus(HttpStatus.GONE);
        assertThat(body(gone)).contains("Retracted: the quote was invented.");

        // the notice is now served from memory, still gone, in both encodings
        long renders = pageCache.renders();
        long hits = pageCache.hits();
        var cached = mvc.get().uri(path).exchange();
        assertThat(cached).hasStatus(HttpStatus.GONE);
        assertThat(body(cached)).isEqualTo(body(gone));
        var gzipped =
                mvc.get().uri(path).header(HttpHeaders.ACCEPT_ENCODING, "gzip").exchange();
        assertThat(gzipped).hasStatus(HttpStatus.GONE);
        assertThat(gzipped.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING))
                .isEqualTo("gzip");
        var conditional = mvc.get()
                .uri(path)
                .header(HttpHeaders.IF_NONE_MATCH, first.getResponse().getHeader(HttpHeaders.ETAG))
                .exchange();
        assertThat(conditional).hasStatus(HttpStatus.GONE);
        assertThat(pageCache.renders()).as("served from memory").isEqualTo(renders);
        assertThat(pageCache.hits()).isEqualTo(hits + 3);

        // after a restart (nothing in memory), the database holds no old page either
        pageCache.forgetMemory();
        assertThat(mvc.get().uri("/id" + path).exchange()).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri(path).exchange()).hasStatus(HttpStatus.GONE);
        store.awaitWrites();
        assertThat(stored("en " + path))
                .as("a notice is not kept in the database")
                .isFalse();
    }

    @Test
    void aPageThatChangedWhileItRenderedIsNotKept() {
        var claim = fixtures.published(TestData.unique("Changed mid-render"), "Berubah.", 1, 1);
        long renderedAt = fixtures.publicContentVersion();
        fixtures.attachSource(claim.getId(), "A source saved during the render");

        assertThat(store.keep("en " + claim.path(), entry(renderedAt, Set.of("claim:" + claim.getId()))))
                .isFalse();
        assertThat(stored("en " + claim.path())).isFalse();

        // nothing that reaches it changed since: kept
        assertThat(store.keep(
                        "en " + claim.path(), entry(fixtures.publicContentVersion(), Set.of("claim:" + claim.getId()))))
                .isTrue();
        // a change elsewhere does not stop a page from being kept
        var other = fixtures.published(TestData.unique("Elsewhere"), "Di tempat lain.", 0, 1);
        long before = fixtures.publicContentVersion();
        fixtures.attachSource(other.getId(), "A source of another claim");
        assertThat(store.keep("en /speakers/someone", entry(before, Set.of("claim:" + claim.getId()))))
                .isTrue();
    }

    @Test
    void aPageRenderedBeforePrunedVersionsIsNotKept() {
        var claim = fixtures.published(TestData.unique("Before the gap"), "Sebelum celah.", 0, 1);
        long renderedAt = fixtures.publicContentVersion();
        // a version whose change rows are gone
        jdbc.sql("update public_content_version set version = version + 1 where id = 1")
                .update();

        assertThat(store.keep("en " + claim.path(), entry(renderedAt, Set.of("claim:" + claim.getId()))))
                .isFalse();
    }

    @Test
    void listingsPagesWithParametersAndOtherBuildsPagesAreNotServedFromTheStore() {
        var claim = fixtures.published(TestData.unique("Parameters"), "Parameter.", 0, 1);
        mvc.get().uri("/").exchange();
        mvc.get().uri(claim.path() + "?utm_source=feed").exchange();
        store.awaitWrites();
        assertThat(stored("en /")).isFalse();
        assertThat(jdbc.sql("select count(*) from rendered_page where key like ?")
                        .param("%utm_source%")
                        .query(Long.class)
                        .single())
                .isZero();

        jdbc.sql("""
                        insert into rendered_page (generation, key, scopes, etag, content_type, last_modified, body, crc, length)
                        values ('an-earlier-build', ?, array['claim:1'], '"x"', 'text/html', now(), '\\x00', 0, 0)""").param("en " + claim.path()).update();
        assertThat(store.find("en " + claim.path())).isEmpty();
        assertThat(store.forgetOtherGenerations()).isEqualTo(1);
    }

    private PageCache.Entry entry(long version, Set<String> scopes) {
        return new PageCache.Entry(
                version,
                scopes,
                Instant.now(),
                "\"test\"",
                "text/html;charset=UTF-8",
                DeflatedPage.of("<p>test</p>".getBytes()));
    }

    private boolean stored(String key) {
        return jdbc.sql("select count(*) from rendered_page where generation = ? and key = ?")
                        .params(store.generation(), key)
                        .query(Long.class)
                        .single()
                > 0;
    }
}

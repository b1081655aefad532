package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The routes the page cache serves come from the {@link PublicPage} handlers alone: the reader pages,
 * search, feeds and sitemap; stored in the database, the claim, speaker and topic pages and their feeds;
 * never a form, an editor's page or a static file.
 */
@IntegrationTest
class PublicPageRoutesTests {

    @Autowired
    PublicPageRoutes routes;

    @Test
    void claimSpeakerAndTopicPagesAndTheirFeedsAreStored() {
        for (var path : new String[] {
            "/claims/12-north-korean-builders-could-help-rebuild-occupied-donbas",
            "/speakers/alexander-matsegora",
            "/speakers/alexander-matsegora/feed.atom",
            "/topics/north-korea-russia-and-donbas",
            "/topics/north-korea-russia-and-donbas/feed.atom"
        }) {
            assertThat(route(path)).as(path).isNotNull();
            assertThat(route(path).stored()).as(path).isTrue();
            assertThat(route(path)).as("the second time, remembered").isSameAs(route(path));
        }
    }

    @Test
    void listingsSearchFeedsAndSitemapsAreCachedInMemoryOnly() {
        for (var path : new String[] {
            "/",
            "/search",
            "/feed.atom",
            "/sitemap.xml",
            "/sitemap-pages.xml",
            "/sitemap-claims-0.xml",
            "/robots.txt",
            "/methodology",
            "/corrections"
        }) {
            assertThat(route(path)).as(path).isNotNull();
            assertThat(route(path).stored()).as(path).isFalse();
        }
    }

    @Test
    void formsEditorsPagesShortLinksAndFilesAreNotPublicPages() {
        for (var path : new String[] {
            "/claims/12",
            "/claims/12/report",
            "/claims/12-slug/extra",
            "/speakers/",
            "/speakers/Upper-Case",
            "/topics/a/feed.atom/more",
            "/sitemap-claims-x.xml",
            "/desk",
            "/desk/reports",
            "/login",
            "/css/ratings.css",
            "/css/app.css",
            "/search/more"
        }) {
            assertThat(route(path)).as(path).isNull();
        }
    }

    private PublicPageRoutes.Route route(String path) {
        return routes.find(new MockHttpServletRequest("GET", path));
    }
}

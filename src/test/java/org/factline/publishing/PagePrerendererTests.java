package org.factline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factline.TestData;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The prerenderer fills the page store with every published claim, speaker and topic page in both
 * languages, through the server as a reader would get them, and renders again what a change deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagePrerendererTests {

    @LocalServerPort
    int port;

    @Autowired
    PagePrerenderer prerenderer;

    @Autowired
    PageStore store;

    @Autowired
    PageCache pageCache;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyPublishedPageIsRenderedInBothLanguagesAndServedFromTheStore() throws Exception {
        var fixtures = new PublicFixtures(context);
        var fresh = fixtures.published(TestData.unique("Published before the pass"), "Sebelum dirender.", 1, 1);
        pageCache.clear();

        assertThat(prerenderer.renderMissing()).isPositive();

        // the demo article's published claims, the claim just published, their speakers and topics
        var expected = new ArrayList<String>();
        for (var language : List.of("en", "id")) {
            for (var path : jdbc.sql("""
                            with shown as (
                                select c.* from claim c
                                where c.status = 'PUBLISHED'
                                  and (c.id = :fresh or exists (
                                      select from appearance a join article ar on ar.id = a.article_id
                                      where a.claim_id = c.id and ar.url like 'https://wow.tribunnews.com/%'))
                            )
                            select '/claims/' || id || '-' || slug from shown
                            union select '/speakers/' || s.slug from shown join speaker s on s.id = shown.speaker_id
                            union select '/topics/' || t.slug from shown
                                join claim_topic ct on ct.claim_id = shown.id join topic t on t.id = ct.topic_id""")
                    .param("fresh", fresh.getId())
                    .query(String.class)
                    .list()) {
                expected.add(language + " " + path);
            }
        }
        assertThat(expected).contains("id " + fresh.path()).hasSizeGreaterThan(10);
        assertThat(storedKeys()).containsAll(expected);
        assertThat(storedKeys()).anyMatch(key -> key.startsWith("id /topics/"));
        long draft = fixtures.draftId();
        assertThat(storedKeys()).noneMatch(key -> key.contains("/claims/" + draft + "-"));
        assertThat(prerenderer.renderMissing()).as("nothing left to render").isZero();

        // a reader of Bahasa Indonesia gets the stored Indonesian page, without a render
        pageCache.forgetMemory();
        long renders = pageCache.renders();
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/id" + fresh.path()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html lang=\"id\"").contains(fresh.getSummary());
        assertThat(pageCache.renders()).isEqualTo(renders);
    }

    @Test
    void whatAChangeDeletedIsRenderedAgain() throws IOException {
        var fixtures = new PublicFixtures(context);
        var claim = fixtures.published(TestData.unique("Prerendered"), "Dirender dahulu.", 1, 1);
        var key = "en /claims/" + claim.getId() + "-" + claim.getSlug();
        prerenderer.renderMissing();
        assertThat(store.find(key)).isPresent();

        prerenderer.renderChanged();
        // a page missing for another reason: the pass after a change looks only at what the change reached
        var bystander = fixtures.published(TestData.unique("Not reached"), "Tidak terjangkau.", 0, 1);
        prerenderer.renderChanged();
        var bystanderKey = "en " + bystander.path();
        assertThat(store.find(bystanderKey))
                .as("a newly published claim's page")
                .isPresent();
        jdbc.sql("delete from rendered_page where key = ?").param(bystanderKey).update();

        fixtures.attachSource(claim.getId(), "A source added after prerendering");
        assertThat(store.find(key)).isEmpty();

        assertThat(prerenderer.renderChanged()).isPositive();
        var page = new String(store.find(key).orElseThrow().body().inflate(), StandardCharsets.UTF_8);
        assertThat(page).contains("A source added after prerendering");
        assertThat(store.find("id /claims/" + claim.getId() + "-" + claim.getSlug()))
                .isPresent();
        assertThat(store.find(bystanderKey)).as("not reached by the change").isEmpty();
        prerenderer.renderMissing();
        assertThat(store.find(bystanderKey)).isPresent();
    }

    private List<String> storedKeys() {
        return jdbc.sql("select key from rendered_page where generation = ?")
                .param(store.generation())
                .query(String.class)
                .list();
    }
}

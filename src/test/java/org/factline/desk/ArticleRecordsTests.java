package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.account.FactlineUser;
import org.factline.account.Role;
import org.factline.claim.ArticleRecords;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** An article's record on the desk: corrected, merged with its copy, deleted when nothing is taken from it. */
@IntegrationTest
class ArticleRecordsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    DeskTestSupport desk;
    PublicFixtures fixtures;
    FactlineUser editor;

    @BeforeEach
    void setUp() {
        desk = new DeskTestSupport(mvc, context);
        fixtures = new PublicFixtures(context);
        editor = desk.person(Role.REPORTER, Role.EDITOR);
    }

    @Test
    void mergingACopyMovesItsAppearancesKeepsTheHistoryAndShowsReadersTheKeptArticle() {
        var summary = TestData.unique("Merged copy");
        var claim = fixtures.published(summary, "Kalimat dari salinan artikel.", 0, 1);
        long copy = articleOf(claim.getId());
        var kept = desk.data.tribunWow();

        var asked = desk.post(editor, "/desk/articles/" + kept.getId() + "/merge", "other", urlOf(copy))
                .exchange();
        assertThat(DeskTestSupport.html(asked).select("h1").text()).isEqualTo("Merge this copy into the article?");
        assertThat(articleOf(claim.getId())).isEqualTo(copy);

        var merged = desk.post(editor, "/desk/articles/" + kept.getId() + "/merge?otherId=" + copy, "confirm", "yes")
                .exchange();
        assertThat(merged).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk/articles/" + kept.getId());
        assertThat(articleOf(claim.getId())).isEqualTo(kept.getId());
        assertThat(desk.count("select count(*) from article where id = ?", copy))
                .isZero();
        assertThat(desk.count(
                        "select count(*) from appearance_aud where article_id = ? and revtype = 1 and claim_id = ?",
                        kept.getId(),
                        claim.getId()))
                .isEqualTo(1);
        var page = PublicFixtures.html(mvc.get().uri(fixtures.pathOf(summary)).exchange());
        assertThat(page.select(".appearance .article a").attr("href")).isEqualTo(kept.getUrl());
    }

    @Test
    void aCorrectedTitleReachesThePublicPageAndTheHistory() {
        var summary = TestData.unique("Edited article");
        var claim = fixtures.published(summary, "Kalimat dari artikel yang disunting.", 0, 1);
        long article = articleOf(claim.getId());
        long version = desk.count("select version from article where id = ?", article);
        var title = TestData.unique("Corrected title");

        var bad = desk.post(editor, "/desk/articles/" + article + "/edit", form(article, version, ""))
                .exchange();
        assertThat(DeskTestSupport.html(bad).select(".field-error").text()).contains("Please fill this in.");
        assertThat(desk.count("select count(*) from article where id = ? and title = ?", article, title))
                .isZero();

        var saved = desk.post(editor, "/desk/articles/" + article + "/edit", form(article, version, title))
                .exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/desk/articles/" + article);
        assertThat(desk.count("select count(*) from article_aud where id = ? and title = ?", article, title))
                .isEqualTo(1);
        var page = PublicFixtures.html(mvc.get().uri(fixtures.pathOf(summary)).exchange());
        assertThat(page.select(".appearance .article").text()).contains(title);
    }

    @Test
    void onlyAnArticleNothingIsTakenFromIsDeletedAndOnlyOnceConfirmed() {
        var unused = desk.data.tribunWow();
        var asked = desk.post(editor, "/desk/articles/" + unused.getId() + "/delete")
                .exchange();
        assertThat(DeskTestSupport.html(asked).select("h1").text()).isEqualTo("Delete this article?");
        assertThat(desk.count("select count(*) from article where id = ?", unused.getId()))
                .isEqualTo(1);
        desk.post(editor, "/desk/articles/" + unused.getId() + "/delete", "confirm", "yes")
                .exchange();
        assertThat(desk.count("select count(*) from article where id = ?", unused.getId()))
                .isZero();

        var claim = desk.data.matsegoraLabourClaim();
        long used = articleOf(claim.getId());
        var refused = desk.post(editor, "/desk/articles/" + used + "/delete", "confirm", "yes")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.FOUND);
        assertThat(refused.getMvcResult().getFlashMap().get("error")).isEqualTo("desk.article.error.hasClaims");
        assertThat(desk.count("select count(*) from article where id = ?", used))
                .isEqualTo(1);
    }

    @Test
    void onlyAnEditorMergesOrDeletesArticles() {
        var reporter = desk.person(Role.REPORTER);
        var summary = TestData.unique("Reporter's merge");
        var claim = fixtures.published(summary, "Kalimat yang tidak dipindahkan reporter.", 0, 1);
        long copy = articleOf(claim.getId());
        var kept = desk.data.tribunWow();
        var unused = desk.data.tribunWow();

        var page = DeskTestSupport.html(desk.get(reporter, "/desk/articles/" + unused.getId()));
        assertThat(page.select("a[href$=/merge], form[action$=/delete]")).isEmpty();
        assertThat(desk.post(reporter, "/desk/articles/" + kept.getId() + "/merge?otherId=" + copy, "confirm", "yes")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(desk.post(reporter, "/desk/articles/" + unused.getId() + "/delete", "confirm", "yes")
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(articleOf(claim.getId())).isEqualTo(copy);
        assertThat(desk.count("select count(*) from article where id = ?", unused.getId()))
                .isEqualTo(1);

        var records = context.getBean(ArticleRecords.class);
        var asReporter = new TestingAuthenticationToken(reporter, null, reporter.getAuthorities());
        var security = SecurityContextHolder.getContext();
        security.setAuthentication(asReporter);
        try {
            assertThatThrownBy(() -> records.delete(unused.getId())).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(desk.count("select count(*) from article where id = ?", unused.getId()))
                .isEqualTo(1);
    }

    private String[] form(long article, long version, String title) {
        return new String[] {
            "version", String.valueOf(version),
            "url", urlOf(article),
            "title", title,
            "outlet", "TribunWow",
            "authors", "Noviana Primaresti",
            "editor", "",
            "language", "id",
            "publishedOn", "2022-08-17",
            "body",
                    desk.jdbc
                            .sql("select body from article where id = ?")
                            .param(article)
                            .query(String.class)
                            .single()
        };
    }

    private long articleOf(long claimId) {
        return desk.count("select min(article_id) from appearance where claim_id = ?", claimId);
    }

    private String urlOf(long article) {
        return desk.jdbc
                        .sql("select url from article where id = ?")
                        .param(article)
                        .query(String.class)
                        .single() + "?utm_source=" + UUID.randomUUID();
    }
}

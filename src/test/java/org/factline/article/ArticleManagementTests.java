package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ArticleManagementTests {

    @Autowired
    ArticleManagement articles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAnArticleWithItsBodyHash() {
        var url = "https://www.theguardian.com/world/2022/aug/17/" + UUID.randomUUID();
        var article = articles.record(article(url + "?utm_source=twitter", "Teks artikel."));

        assertThat(article.getNormalizedUrl()).isEqualTo(url.replace("://www.", "://"));
        assertThat(article.getUrl()).isEqualTo(url);
        assertThat(article.getAuthors()).containsExactly("Noviana Primaresti", "Atri Wahyu Mukti");
        assertThat(article.getBodySha256())
                .isEqualTo(Article.sha256("Teks artikel."))
                .hasSize(64);
        assertThat(articles.findByUrl("HTTPS://WWW.THEGUARDIAN.COM/world/2022/aug/17/"
                        + url.substring(url.lastIndexOf('/') + 1) + "/"))
                .map(Article::getId)
                .contains(article.getId());
    }

    @Test
    void recordingTheSameArticleAgainReturnsTheExistingRecord() {
        var url = "https://wow.tribunnews.com/2022/08/17/" + UUID.randomUUID();
        var first = articles.record(article(url, null));
        var second = articles.record(article(url + "/?utm_medium=social&fbclid=x", null));
        assertThat(second.getId()).isEqualTo(first.getId());
    }

    @Test
    void theDatabaseRefusesADuplicateNormalisedUrl() {
        var url = "https://example.org/" + UUID.randomUUID();
        insert(url + "?utm_source=a", url);
        assertThatThrownBy(() -> insert(url + "/", url)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesABodyWithoutItsHash() {
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into article (url, normalized_url, title, outlet, language, body)
                                values ('https://example.org/x', 'https://example.org/x-body', 'T', 'O', 'id', 'text')""").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insert(String url, String normalized) {
        jdbc.sql(
                        "insert into article (url, normalized_url, title, outlet, language) values (?, ?, 'Title', 'Outlet', 'en')")
                .params(url, normalized)
                .update();
    }

    private static NewArticle article(String url, String body) {
        return new NewArticle(
                url,
                "Pushilin writes to Kim Jong Un",
                "The Guardian",
                List.of("Noviana Primaresti", "Atri Wahyu Mukti"),
                null,
                "en",
                null,
                null,
                body,
                null);
    }
}

package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.claim.Attribution;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.factline.timeline.PublicFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** One address, one article, and what readers see of it: the clean address, never a tracking parameter. */
@IntegrationTest
class ArticleAddressTests {

    @Autowired
    ArticleManagement articles;

    @Autowired
    ClaimManagement claims;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theVariantsOfAnAddressAreOneArticle() {
        var path = "/2022/08/17/" + UUID.randomUUID();
        var first = articles.record(article("https://wow.tribunnews.com" + path + "?page=all&fbclid=IwAR0abc"));
        for (var variant : List.of(
                "http://wow.tribunnews.com" + path,
                "https://www.wow.tribunnews.com" + path + "/",
                "HTTPS://WOW.TRIBUNNEWS.COM:443" + path + "#komentar",
                "https://wow.tribunnews.com" + path + "?utm_source=twitter&utm_medium=social",
                "https://wow.tribunnews.com" + path + "?gclid=1&mc_cid=2&mc_eid=3&igshid=4&_ga=5&ref_src=6",
                "https://wow.tribunnews.com" + path + "?page=2")) {
            assertThat(articles.record(article(variant)).getId()).as(variant).isEqualTo(first.getId());
            assertThat(articles.findByUrl(variant))
                    .as(variant)
                    .map(Article::getId)
                    .contains(first.getId());
        }
        assertThat(first.getUrl()).isEqualTo("https://wow.tribunnews.com" + path + "?page=all");
        assertThat(first.getNormalizedUrl()).isEqualTo("https://wow.tribunnews.com" + path);
        assertThat(articles.record(article("https://wow.tribunnews.com" + path + "-2"))
                        .getId())
                .isNotEqualTo(first.getId());
    }

    @Test
    void readersNeverSeeTheTrackingParametersTheAddressWasPastedWith() throws IOException {
        var fixtures = new PublicFixtures(context);
        var clean = "https://www.kompas.com/read/2022/08/17/" + UUID.randomUUID();
        var article = articles.record(article(clean + "?utm_source=twitter&utm_campaign=korut&fbclid=IwAR0"));
        var summary = TestData.unique("Tracked address");
        var claim = claims.create(new NewClaim(
                fixtures.data().matsegora().getId(),
                "Pekerja Korea Utara akan dikirim ke Donbas.",
                "id",
                null,
                null,
                summary,
                LocalDate.of(2022, 8, 17),
                DatePrecision.DAY,
                null,
                List.of(TestData.unique("Address topic")),
                null));
        claims.addAppearance(
                claim.getId(),
                new NewAppearance(
                        article.getId(),
                        "pekerja Korea Utara",
                        null,
                        null,
                        QuoteKind.PARAPHRASE,
                        List.of(new Attribution("Izvestia", null))));
        fixtures.publishVerdict(claim.getId(), "false", "Not so: " + summary);

        var page = PublicFixtures.html(mvc.get().uri(fixtures.pathOf(summary)).exchange());
        assertThat(page.select(".appearance .article a").attr("href")).isEqualTo(clean);
        var review = JsonMapper.builder()
                .build()
                .readTree(
                        page.select("script[type=application/ld+json]").first().data());
        assertThat(review.get("itemReviewed").get("firstAppearance").get("url").asString())
                .isEqualTo(clean);

        var csv = PublicFixtures.body(mvc.get().uri("/export/appearances.csv").exchange());
        List<CSVRecord> rows;
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            rows = parser.getRecords();
        }
        assertThat(rows)
                .filteredOn(row -> row.get("claim_id").equals(String.valueOf(claim.getId())))
                .singleElement()
                .satisfies(row -> assertThat(row.get("article_url")).isEqualTo(clean));
        assertThat(csv).doesNotContain("utm_campaign=korut");
    }

    private static NewArticle article(String url) {
        return new NewArticle(
                url,
                "Tiru Manuver Putin Dekati Korea Utara",
                "TribunWow",
                List.of(),
                null,
                "id",
                Instant.parse("2022-08-17T05:00:00Z"),
                null,
                null,
                null);
    }
}

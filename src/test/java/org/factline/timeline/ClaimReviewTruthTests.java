package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.html;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.factline.IntegrationTest;
import org.factline.TestData;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ClaimReview as fact-check databases read it: ratings ordered truly, appearances in the order they appeared. */
@IntegrationTest
class ClaimReviewTruthTests {

    /** The default scale's true-to-false line, truest first. */
    static final List<String> TRUE_TO_FALSE = List.of("true", "mostly-true", "half-true", "mostly-false", "false");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    PublicFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PublicFixtures(context);
    }

    @Test
    void noRatingOffTheScaleIsPlacedBelowFalseAndTheScaleIsInOrder() {
        var codes = jdbc.sql("select r.code from rating r join rating_scale s on s.id = r.scale_id "
                        + "where s.slug = 'default' order by r.position")
                .query(String.class)
                .list();
        assertThat(codes).containsAll(TRUE_TO_FALSE).contains("misleading", "unproven");

        var ratings = new HashMap<String, JsonNode>();
        for (var code : codes) {
            var claim = claimWith(List.of(), LocalDate.of(2022, 7, 18));
            fixtures.publishVerdict(claim, code, "Rated " + code + " for the ClaimReview test.");
            ratings.put(code, claimReview(claim).get("reviewRating"));
        }

        var falseRating = ratings.get("false");
        int worst = falseRating.get("worstRating").asInt();
        int best = falseRating.get("bestRating").asInt();
        // False is the worst place on the line, True the best
        assertThat(falseRating.get("ratingValue").asInt()).isEqualTo(worst);
        assertThat(ratings.get("true").get("ratingValue").asInt()).isEqualTo(best);
        int previous = Integer.MAX_VALUE;
        for (var code : TRUE_TO_FALSE) {
            var rating = ratings.get(code);
            int value = rating.get("ratingValue").asInt();
            assertThat(value).as(code).isBetween(worst, best).isLessThan(previous);
            assertThat(rating.get("worstRating").asInt()).as(code).isEqualTo(worst);
            assertThat(rating.get("bestRating").asInt()).as(code).isEqualTo(best);
            previous = value;
        }
        // off the line: the label alone, no number a machine could rank below (or with) False
        for (var code : List.of("misleading", "unproven")) {
            var rating = ratings.get(code);
            assertThat(rating.has("ratingValue")).as(code).isFalse();
            assertThat(rating.has("worstRating")).as(code).isFalse();
            assertThat(rating.has("bestRating")).as(code).isFalse();
            assertThat(rating.get("alternateName").asString()).as(code).isNotBlank();
        }
        ratings.forEach((code, rating) -> {
            if (rating.has("ratingValue")) {
                assertThat(rating.get("ratingValue").asInt()).as(code).isGreaterThanOrEqualTo(worst);
            }
        });
    }

    @Test
    void anAdminsPlacementReachesTheClaimReview() {
        var verdicts = context.getBean(org.factline.verdict.VerdictManagement.class);
        var halfTrue = verdicts.rating(org.factline.verdict.VerdictManagement.DEFAULT_SCALE, "half-true")
                .orElseThrow();
        var claim = claimWith(List.of(), LocalDate.of(2022, 7, 18));
        fixtures.publishVerdict(claim, "half-true", "Half true, then off the scale for a moment.");
        assertThat(claimReview(claim).get("reviewRating").get("ratingValue").asInt())
                .isEqualTo(3);
        var text = new org.factline.verdict.RatingText(
                halfTrue.getLabelEn(),
                halfTrue.getLabelId(),
                halfTrue.getDescription(java.util.Locale.ENGLISH),
                halfTrue.getDescription(java.util.Locale.forLanguageTag("id")),
                halfTrue.getColour(),
                halfTrue.getIcon());
        var off = verdicts.describeRating(halfTrue.getId(), halfTrue.getVersion(), text, false);
        try {
            var rating = claimReview(claim).get("reviewRating");
            assertThat(rating.has("ratingValue")).isFalse();
            assertThat(rating.get("alternateName").asString()).isEqualTo("Half true");
        } finally {
            verdicts.describeRating(halfTrue.getId(), off.getVersion(), text, true);
        }
        assertThat(claimReview(claim).get("reviewRating").get("ratingValue").asInt())
                .isEqualTo(3);
    }

    @Test
    void firstAppearanceIsTheEarliestAndAppearanceListsTheRest() {
        // recorded in another order than they appeared: a re-report first, the interview (undated, so dated
        // by the day it was said), then a later report
        var reReport = article("TribunWow", Instant.parse("2022-08-17T05:00:00Z"));
        var interview = article("Izvestia", null);
        var later = article("Kompas", Instant.parse("2022-08-20T05:00:00Z"));
        var claim = claimWith(List.of(reReport, interview, later), LocalDate.of(2022, 7, 18));
        fixtures.publishVerdict(claim, "mostly-false", "Appearances in order.");

        var item = claimReview(claim).get("itemReviewed");
        assertThat(item.get("firstAppearance").get("publisher").get("name").asString())
                .isEqualTo("Izvestia");
        assertThat(publishers(item.get("appearance"))).containsExactly("TribunWow", "Kompas");

        // all dated: the earliest publication, whatever the order they were recorded in (both on the 20th in
        // Jakarta: the instants decide)
        var first = article("Rossiyskaya Gazeta", Instant.parse("2022-07-20T08:00:00Z"));
        var second = article("The Guardian", Instant.parse("2022-07-19T22:00:00Z"));
        var dated = claimWith(List.of(first, second), LocalDate.of(2022, 7, 1));
        fixtures.publishVerdict(dated, "false", "Dated appearances in order.");
        var datedItem = claimReview(dated).get("itemReviewed");
        assertThat(datedItem.get("firstAppearance").get("publisher").get("name").asString())
                .isEqualTo("The Guardian");
        assertThat(datedItem.get("firstAppearance").get("datePublished").asString())
                .isEqualTo("2022-07-20"); // 05:00 on the 20th in Jakarta
        assertThat(publishers(datedItem.get("appearance"))).containsExactly("Rossiyskaya Gazeta");
    }

    @Test
    void theAuthorIsTheOrganisationNeverTheSpeaker() {
        var claim = claimWith(List.of(), LocalDate.of(2022, 7, 18));
        fixtures.publishVerdict(claim, "false", "The author test.");
        var review = claimReview(claim);
        assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
        assertThat(review.get("author").get("name").asString()).isEqualTo("Factline");
        assertThat(review.get("author").get("url").asString()).isEqualTo("http://localhost:8080/");
        assertThat(review.get("itemReviewed").get("author").get("name").asString())
                .startsWith("Alexander Matsegora");
    }

    private long claimWith(List<Long> articles, LocalDate said) {
        var claims = context.getBean(ClaimManagement.class);
        var claim = claims.create(new NewClaim(
                fixtures.data().matsegora().getId(),
                "Kalimat untuk ClaimReview " + UUID.randomUUID(),
                "id",
                null,
                null,
                TestData.unique("ClaimReview truth"),
                said,
                DatePrecision.DAY,
                "in a test",
                List.of(TestData.unique("ClaimReview topic")),
                null));
        for (var article : articles) {
            claims.addAppearance(
                    claim.getId(),
                    new NewAppearance(article, "kalimat itu", null, null, QuoteKind.PARAPHRASE, List.of()));
        }
        return claim.getId();
    }

    private long article(String outlet, Instant published) {
        return context.getBean(ArticleManagement.class)
                .record(new NewArticle(
                        "https://example.org/" + UUID.randomUUID(),
                        "A report by " + outlet,
                        outlet,
                        List.of(),
                        null,
                        "id",
                        published,
                        null,
                        null))
                .getId();
    }

    private JsonNode claimReview(long claimId) {
        var path = jdbc.sql("select '/claims/' || id || '-' || slug from claim where id = ?")
                .param(claimId)
                .query(String.class)
                .single();
        var scripts = html(mvc.get().uri(path).exchange()).select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return json.readTree(scripts.first().data());
    }

    private static List<String> publishers(JsonNode works) {
        var names = new java.util.ArrayList<String>();
        works.forEach(work -> names.add(work.get("publisher").get("name").asString()));
        return names;
    }
}

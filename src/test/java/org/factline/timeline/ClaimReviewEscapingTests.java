package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.factline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.ObjectMapper;

/**
 * The ClaimReview JSON-LD carries text editors typed inside a script element, written by Thymeleaf's
 * JavaScript inlining (no template writes raw HTML). That text must never close the element, open
 * another one, or start an HTML comment that would swallow the rest of the page.
 */
@IntegrationTest
class ClaimReviewEscapingTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void markupInEditorTextStaysInsideTheJsonLd() throws Exception {
        var fixtures = new PublicFixtures(context);
        var summary = "Says </script><script>alert(1)</script> & <!--<script> more "
                + UUID.randomUUID().toString().substring(0, 6);
        var text = "Kutipan </script><img src=x onerror=alert(1)> berbahaya.";
        var claim = fixtures.published(summary, text, 1, 1);

        var body = PublicFixtures.body(mvc.get().uri(fixtures.pathOf(summary)).exchange());
        var page = PublicFixtures.html(mvc.get().uri(fixtures.pathOf(summary)).exchange());

        assertThat(page.select("script"))
                .allSatisfy(script -> assertThat(script.text()).doesNotContain("alert(1)</script"));
        assertThat(page.select("img[src=x]")).isEmpty();
        var jsonLd = page.select("script[type=application/ld+json]");
        assertThat(jsonLd).hasSize(1);
        assertThat(body).doesNotContain("</script><script>alert(1)");
        var review = new ObjectMapper().readTree(jsonLd.first().data());
        // the escaped characters read back as what the editor typed
        assertThat(review.get("claimReviewed").asString()).isEqualTo(summary);
        assertThat(jsonLd.first().data())
                .doesNotContain("<", ">")
                .containsIgnoringCase("\\u003c!--\\u003cscript\\u003e");
        assertThat(review.get("url").asString()).endsWith(claim.getId() + "-" + claim.getSlug());
    }
}

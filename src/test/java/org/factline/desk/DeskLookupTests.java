package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.IntegrationTest;
import org.factline.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The htmx helpers: speaker type-ahead over names and aliases, and the article URL check. */
@IntegrationTest
class DeskLookupTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void suggestsSpeakersByAnyPartOfTheirNameOrAlias() {
        var desk = new DeskTestSupport(mvc, context);
        var reporter = desk.person(Role.REPORTER);
        var byAlias = DeskTestSupport.html(desk.get(reporter, "/desk/speakers/suggest?speakerName=CENTRAL"));
        assertThat(byAlias.select("option").eachAttr("value")).contains("KCNA", "Korean Central News Agency");
        var byName = DeskTestSupport.html(desk.get(reporter, "/desk/speakers/suggest?speakerName=pushi"));
        assertThat(byName.select("option").eachAttr("value")).contains("Denis Pushilin");
    }

    @Test
    void tellsWhetherAnArticleIsAlreadyRecorded() {
        var desk = new DeskTestSupport(mvc, context);
        var reporter = desk.person(Role.REPORTER);
        var article = desk.data.tribunWow();

        var known = DeskTestSupport.html(
                desk.get(reporter, "/desk/articles/check?url=" + article.getUrl() + "?utm_source=x"));
        assertThat(known.select("a").attr("href")).isEqualTo("/desk/articles/" + article.getId());
        var fresh = DeskTestSupport.html(desk.get(reporter, "/desk/articles/check?url=HTTPS://Example.org/new/"));
        assertThat(fresh.select("code").text()).isEqualTo("https://example.org/new/");
        var tracked = DeskTestSupport.html(desk.mvc
                .get()
                .uri("/desk/articles/check")
                .param("url", "https://example.org/new?page=all&utm_source=x&fbclid=y")
                .with(SecurityMockMvcRequestPostProcessors.user(reporter))
                .exchange());
        assertThat(tracked.select("code").text()).isEqualTo("https://example.org/new?page=all");
        var invalid = DeskTestSupport.html(desk.get(reporter, "/desk/articles/check?url=not-a-url"));
        assertThat(invalid.select(".field-error").text()).isEqualTo("This is not a web address (http:// or https://).");
    }
}

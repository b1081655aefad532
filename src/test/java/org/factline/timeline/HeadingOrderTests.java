package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factline.timeline.PublicFixtures.html;

import java.util.ArrayList;
import org.factline.IntegrationTest;
import org.factline.shared.LanguageAddresses;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Headings a screen reader can walk: one h1 first, and no level skipped on the way down (an h3 straight
 * after the h1 was the topic page's), on every public page type in both languages; and the home page says
 * "Latest fact-checks" once.
 */
@IntegrationTest
class HeadingOrderTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyPublicPageTypeHasOneH1AndSkipsNoHeadingLevel() {
        var problems = new ArrayList<String>();
        for (var type : PublicPageTypes.all(context).entrySet()) {
            for (var language : LanguageAddresses.LANGUAGES) {
                var address = LanguageAddresses.of(language, type.getValue());
                problems.addAll(skipped(
                        type.getKey() + " [" + address + "]",
                        html(mvc.get().uri(address).exchange())));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theHomePageRepeatsNoHeading() {
        for (var language : LanguageAddresses.LANGUAGES) {
            for (var path : new String[] {"/", "/?rating=misleading"}) {
                var page =
                        html(mvc.get().uri(LanguageAddresses.of(language, path)).exchange());
                var headings = page.select("h1, h2, h3, h4, h5, h6").stream()
                        .filter(heading -> !heading.hasClass("visually-hidden"))
                        .filter(heading ->
                                heading.parents().stream().noneMatch(parent -> parent.hasClass("claim-card")))
                        .map(heading -> heading.text())
                        .toList();
                assertThat(headings).as(language + " " + path).isNotEmpty().doesNotHaveDuplicates();
            }
        }
    }

    /** Where the page's headings break the outline: no h1 first, more than one h1, a level skipped. */
    static java.util.List<String> skipped(String page, Document html) {
        var problems = new ArrayList<String>();
        var headings = html.select("h1, h2, h3, h4, h5, h6");
        if (headings.isEmpty() || !headings.first().tagName().equals("h1")) {
            problems.add(page + ": the first heading is not an h1");
        }
        if (html.select("h1").size() != 1) {
            problems.add(page + ": " + html.select("h1").size() + " h1 elements");
        }
        int previous = 0;
        for (var heading : headings) {
            int level = heading.tagName().charAt(1) - '0';
            if (level > previous + 1) {
                problems.add(page + ": h" + level + " \"" + heading.text() + "\" after h" + previous);
            }
            previous = level;
        }
        return problems;
    }
}

package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.factline.BrowserTest;
import org.factline.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's path through Factline in Debian's Chromium: home, search, a claim page, the language
 * switch, the speaker. Screenshots (desktop and a 360-px phone) are kept in target/screenshots/.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(1280, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderSearchesReadsAClaimSwitchesLanguageAndFollowsTheSpeaker() throws IOException {
        var wait = Chromium.waitFor(browser);
        browser.get("http://localhost:" + port + "/?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Latest fact-checks");
        screenshot("1-home");

        var search = browser.findElement(By.id("site-q"));
        search.sendKeys("sanksi PBB");
        search.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search: sanksi PBB");
        var first = browser.findElement(By.cssSelector(".claim-card h3 a"));
        assertThat(first.getText()).isEqualTo("UN sanctions leave room for North Korea–Donbas economic cooperation");
        assertThat(browser.findElements(By.cssSelector(".claim-card .snippet mark")))
                .isNotEmpty();
        screenshot("2-search");

        // the filters stay within a phone's width, even with a topic named at length, and so does the
        // header's search form on the narrowest phones in use
        browser.executeScript("var option = document.createElement('option');"
                + " option.text = 'A topic whose name is far longer than a phone screen is wide, as topics can be';"
                + " document.getElementById('topic').add(option);");
        assertNoSidewaysScrolling(360);
        assertNoSidewaysScrolling(320);
        browser.manage().window().setSize(new Dimension(1280, 1000));

        first.click();
        wait.until(ExpectedConditions.urlContains("/claims/"));
        assertThat(browser.findElement(By.cssSelector(".verdict-card .rating-label"))
                        .getText())
                .isEqualTo("Misleading");
        screenshot("3-claim");

        browser.findElement(By.cssSelector(".languages a[lang=id]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".verdict-card .rating-label"), "Menyesatkan"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertThat(browser.findElement(By.id("sources-heading")).getText()).isEqualTo("Sumber");
        screenshot("4-claim-id");

        assertNoSidewaysScrolling(360);
        screenshot("5-claim-id-phone");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        browser.findElement(By.cssSelector(".who a")).click();
        wait.until(ExpectedConditions.urlContains("/speakers/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Alexander Matsegora");
        assertThat(browser.findElement(By.cssSelector(".scorecard p")).getText())
                .isEqualTo("2 cek fakta terbit");
        assertThat(browser.findElement(By.cssSelector("svg.scorecard-chart")).isDisplayed())
                .isTrue();
        screenshot("6-speaker-id");
    }

    /** At this window width the page is no wider than the window's viewport (its scrollbar left out). */
    private static void assertNoSidewaysScrolling(int width) {
        browser.manage().window().setSize(new Dimension(width, 800));
        var widths = (List<?>) browser.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var page = ((Number) widths.get(0)).intValue();
        var viewport = ((Number) widths.get(1)).intValue();
        assertThat(viewport).as("viewport of a %d px window", width).isPositive();
        assertThat(page)
                .as("page width in a %d px window: no sideways scrolling", width)
                .isLessThanOrEqualTo(viewport);
    }

    private static void screenshot(String name) {
        Chromium.screenshot(browser, name);
    }
}

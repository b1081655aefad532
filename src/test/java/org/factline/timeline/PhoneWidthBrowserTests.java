package org.factline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factline.BrowserTest;
import org.factline.Chromium;
import org.factline.shared.LanguageAddresses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * No public page scrolls sideways on a phone 320 or 360 CSS pixels wide, whatever its text: every page
 * type in both languages, with a rationale, quote, summary and topic holding an address or a word far wider
 * than the screen ({@link PublicFixtures#LONG_URL}). Chromium emulates the phone (viewport and mobile
 * layout); no element may reach past the viewport's right edge, except inside a box that scrolls on purpose
 * (a wide table). Screenshots of the long-address claim are kept in target/screenshots/.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneWidthBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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

    /** The page's width and the viewport's, and the first elements that reach past the viewport. */
    private static final String MEASURE = """
            const viewport = document.documentElement.clientWidth;
            const wide = [];
            for (const element of document.body.querySelectorAll('*')) {
              if (element.closest('.table-scroll, .visually-hidden, .skip, .trap')) continue;
              const box = element.getBoundingClientRect();
              if (box.width > 0 && box.right > viewport + 0.5) {
                wide.push(element.tagName.toLowerCase() + (element.className ? '.' + element.className : '')
                    + ' reaches ' + Math.round(box.right) + ' px: ' + (element.textContent || '').trim().slice(0, 60));
              }
            }
            return [document.documentElement.scrollWidth, viewport, wide.slice(0, 3)];
            """;

    @Test
    void noPublicPageScrollsSidewaysOnAPhone() {
        var pages = PublicPageTypes.all(context);
        var problems = new ArrayList<String>();
        for (int width : new int[] {320, 360}) {
            phone(width);
            for (var type : pages.entrySet()) {
                for (var language : LanguageAddresses.LANGUAGES) {
                    var address = LanguageAddresses.of(language, type.getValue());
                    browser.get("http://localhost:" + port + address);
                    assertThat(browser.findElement(org.openqa.selenium.By.tagName("html"))
                                    .getAttribute("lang"))
                            .as(address)
                            .isEqualTo(language);
                    var measured = (List<?>) browser.executeScript(MEASURE);
                    int page = ((Number) measured.get(0)).intValue();
                    int viewport = ((Number) measured.get(1)).intValue();
                    assertThat(viewport).as("viewport of a %d px phone", width).isBetween(width - 20, width);
                    if (page > viewport || !((List<?>) measured.get(2)).isEmpty()) {
                        problems.add("%s [%s] at %d px: page %d px wide in a %d px viewport %s"
                                .formatted(type.getKey(), address, width, page, viewport, measured.get(2)));
                    }
                    if (type.getKey().equals("claim with a long address")) {
                        Chromium.screenshot(browser, "phone-" + width + "-long-address-claim-" + language);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Chromium as a phone of this width: its viewport, and the mobile layout (the page's viewport meta). */
    private static void phone(int width) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    }
}

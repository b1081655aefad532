package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.factline.BrowserTest;
import org.factline.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reporter records Matsegora's claim from the seed article with two sources and submits it; an
 * editor publishes it; the public page shows the verdict and the sources. In Debian's Chromium, with
 * screenshots kept in target/screenshots.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorialBrowserTests {

    private static final String SEED_ARTICLE =
            "https://wow.tribunnews.com/2022/08/17/tiru-manuver-putin-dekati-korea-utara-pimpinan-separatis-pro-rusia-di-ukraina-surati-kim-jong-un";

    @LocalServerPort
    int port;

    ChromeDriver browser;
    int pageLoads;
    int submits;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start(1280, 1600);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReporterRecordsTheMatsegoraClaimAndAnEditorPublishesIt() throws Exception {
        var summary = "North Korean labour for Donbas would breach UN sanctions "
                + UUID.randomUUID().toString().substring(0, 4);
        signIn("reporter@factline.demo");

        // the seed article is already recorded: its URL leads to the existing record
        open("/desk/articles/new");
        type("url", SEED_ARTICLE + "?utm_source=facebook");
        type("title", "Tiru Manuver Putin");
        type("outlet", "TribunWow");
        submit("form[action$='/desk/articles'] button[type=submit]");
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).contains("already recorded");
        screenshot("1-article");

        clickLink("Record a claim from this article");
        type(
                "quote",
                "tenaga kerja Korea Utara dapat dikirim untuk membantu membangun kembali infrastruktur yang hancur akibat perang");
        browser.findElement(By.cssSelector("input[name=quoteKind][value=PARAPHRASE]"))
                .click();
        type("chain", "Izvestia");
        type("speakerName", "Alexander Matsegora");
        setDate("saidOn", "2022-07-18");
        new Select(browser.findElement(By.id("datePrecision"))).selectByValue("MONTH");
        type("saidWhere", "in an interview with the Russian newspaper Izvestia");
        type("translation", "North Korean workers could be sent to help rebuild infrastructure destroyed by the war.");
        type("summary", summary);
        type("topics", "North Korea, Russia and Donbas");
        screenshot("2-claim-form");
        submit("#claim-form button[type=submit]");
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).contains("recorded as a draft");
        var claimUrl = browser.getCurrentUrl();

        addSource(
                "UN Security Council resolution 2397 (2017)",
                "https://undocs.org/S/RES/2397(2017)",
                "PRIMARY_DOCUMENT",
                "CONTRADICTS");
        addSource("Interview with Alexander Matsegora", "", "NEWS_REPORT", "CONTEXT");
        assertThat(browser.findElements(By.cssSelector(".sources-list li"))).hasSize(2);

        new Select(browser.findElement(By.cssSelector("#verdict select[name=ratingId]")))
                .selectByVisibleText(
                        browser.findElements(By.cssSelector("#verdict select[name=ratingId] option")).stream()
                                .map(WebElement::getText)
                                .filter(text -> text.startsWith("Misleading"))
                                .findFirst()
                                .orElseThrow());
        browser.findElement(By.cssSelector("#verdict input[name=summary]"))
                .sendKeys("UN sanctions forbid sending North Korean workers abroad.");
        browser.findElement(By.cssSelector("#verdict textarea[name=rationale]"))
                .sendKeys("Resolution 2397 (2017) required North Korean workers to be sent home by 2019.");
        submit("#verdict form[action$='/verdicts'] button[type=submit]");
        submit("form[action$='/submit'] button[type=submit]");
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).contains("waiting for an editor");
        screenshot("3-submitted");
        submit(".signout button");

        signIn("editor@factline.demo");
        assertThat(browser.findElement(By.id("waiting-heading")).isDisplayed()).isTrue();
        clickLink(summary);
        screenshot("4-review");
        submit("form[action$='/publish'] button[type=submit]");
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).contains("published");
        assertThat(browser.getCurrentUrl()).startsWith(claimUrl);

        clickLink("Public page");
        screenshot("5-public-page");
        assertThat(browser.findElement(By.cssSelector(".verdict-card .rating-label"))
                        .getText())
                .isEqualTo("Misleading");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(summary);
        var sources = browser.findElement(By.cssSelector(".sources")).getText();
        assertThat(sources)
                .contains("UN Security Council resolution 2397 (2017)", "Interview with Alexander Matsegora");
        System.out.printf("From article to published verdict: %d page loads, %d form submits%n", pageLoads, submits);
    }

    private void signIn(String email) {
        open("/login");
        type("username", email);
        type("password", "factline-demo");
        submit("form[action$='/login'] button[type=submit]");
        assertThat(browser.getCurrentUrl()).endsWith("/desk");
    }

    /** With htmx the source list is swapped in place, without a page load. */
    private void addSource(String title, String url, String kind, String stance) {
        int before = browser.findElements(By.cssSelector(".sources-list li")).size();
        var form = browser.findElement(By.id("source-form"));
        form.findElement(By.name("title")).sendKeys(title);
        form.findElement(By.name("url")).sendKeys(url);
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        new Select(form.findElement(By.name("stance"))).selectByValue(stance);
        markDocument();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.waitFor(browser)
                .until(driver ->
                        driver.findElements(By.cssSelector(".sources-list li")).size() == before + 1);
        assertThat(documentStillMarked()).as("no full page load").isTrue();
        assertThat(browser.findElement(By.cssSelector("#flash .flash.ok")).getText())
                .contains("source was added");
        submits++;
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        pageLoads++;
    }

    private void clickLink(String text) {
        clickForNextDocument(browser.findElement(By.linkText(text)));
        pageLoads++;
    }

    private void submit(String buttonSelector) {
        clickForNextDocument(browser.findElement(By.cssSelector(buttonSelector)));
        submits++;
        pageLoads++;
    }

    /**
     * Clicks and waits for the next document. The old document is marked with a window property;
     * the wait ends when a complete document without the mark is there. (Waiting for the old
     * {@code <html>} element to go stale raced with Chromium replacing the document: the driver
     * then answered "Node with given id does not belong to the document".)
     */
    private void clickForNextDocument(WebElement element) {
        markDocument();
        element.click();
        Chromium.waitFor(browser)
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.factlineTestMark === undefined"
                                + " && document.readyState === 'complete'")));
    }

    private void markDocument() {
        ((JavascriptExecutor) browser).executeScript("window.factlineTestMark = true");
    }

    private boolean documentStillMarked() {
        return Boolean.TRUE.equals(
                ((JavascriptExecutor) browser).executeScript("return window.factlineTestMark === true"));
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }

    private void screenshot(String name) {
        Chromium.screenshot(browser, "editorial-" + name);
    }
}

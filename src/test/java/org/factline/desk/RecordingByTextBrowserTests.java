package org.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.BrowserTest;
import org.factline.Chromium;
import org.factline.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reporter records a claim with the article's text beside the form: a click on a sentence puts it in the
 * quote, selecting words puts those (with the text before and after them, the appearance's anchors), and
 * the saved appearance holds exactly the words selected, anchored where they were selected, though the same
 * words occur earlier in the text. On a phone the text is above the form, within the page's width.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordingByTextBrowserTests {

    private static final String SAID = "tenaga kerja Korea Utara dapat dikirim";
    private static final String SECOND_PARAGRAPH = "Pemimpin separatis Denis Pushilin menulis surat kepada Kim Jong Un."
            + " Ia berharap " + SAID + " ke Donbas tahun ini untuk membangun kembali kota-kota.";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReporterRecordsAClaimBySelectingItsWordsInTheArticleText() {
        var article = new TestData(context).tribunWow(SECOND_PARAGRAPH);
        browser = Chromium.start(1280, 1000);
        signIn();
        open("/desk/articles/" + article.getId() + "/claims/new");

        // on a wide screen the text is beside the quote field, both in view
        var text = browser.findElement(By.cssSelector(".article-text"));
        var quote = browser.findElement(By.id("quote"));
        assertThat(text.getRect().getX())
                .isGreaterThanOrEqualTo(quote.getRect().getX() + quote.getRect().getWidth());
        assertThat(text.getRect().getY())
                .isLessThan(quote.getRect().getY() + quote.getRect().getHeight());

        // a click on a sentence takes that sentence
        var paragraphs = browser.findElements(By.cssSelector("#article-body p"));
        paragraphs.get(0).click();
        Chromium.waitFor(browser).until(ExpectedConditions.attributeContains(quote, "value", "Bulan lalu"));
        assertThat(quote.getDomProperty("value")).isEqualTo(article.getBody().split("\n")[0]);

        // selecting words takes them, where they were selected (the second time the text says them)
        select(paragraphs.get(1), SAID);
        Chromium.waitFor(browser).until(driver -> SAID.equals(quote.getDomProperty("value")));
        assertThat(browser.findElement(By.id("quotePrefix")).getDomProperty("value"))
                .endsWith("Ia berharap ");
        Chromium.screenshot(browser, "recording-selected");

        // the text can be searched
        browser.findElement(By.id("article-find")).sendKeys("korea utara");
        Chromium.waitFor(browser)
                .until(ExpectedConditions.textToBe(By.id("article-find-count"), "2 found, marked in the text."));
        assertThat(browser.findElements(By.cssSelector("#article-body mark"))).hasSize(2);

        browser.findElement(By.id("chain")).sendKeys("KCNA");
        browser.findElement(By.id("speakerName")).sendKeys("Denis Pushilin");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '2022-08-17'", browser.findElement(By.id("saidOn")));
        browser.findElement(By.id("summary")).sendKeys("North Korean workers for Donbas this year");
        browser.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
        Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash.ok")));

        var saved = jdbc.sql("select quote, quote_prefix, quote_suffix from appearance where article_id = ?")
                .param(article.getId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(saved[0]).isEqualTo(SAID);
        assertThat(saved[1]).isEqualTo("surat kepada Kim Jong Un. Ia berharap ");
        assertThat(saved[2]).isEqualTo(" ke Donbas tahun ini untuk membangun");
        assertThat(article.getBody().indexOf(saved[1] + saved[0] + saved[2]))
                .isGreaterThan(article.getBody().indexOf('\n'));
    }

    @Test
    void onAPhoneTheTextIsAboveTheFormWithinTheScreen() {
        var article = new TestData(context).tribunWow(SECOND_PARAGRAPH);
        browser = Chromium.startPhone(360, 800);
        signIn();
        open("/desk/articles/" + article.getId() + "/claims/new");
        var text = browser.findElement(By.cssSelector(".article-text"));
        var form = browser.findElement(By.id("claim-form"));
        assertThat(text.getRect().getY() + text.getRect().getHeight())
                .isLessThanOrEqualTo(form.getRect().getY());
        assertThat(text.getRect().getHeight()).isLessThan(800);
        assertThat(((Number) ((JavascriptExecutor) browser)
                                .executeScript("return document.documentElement.scrollWidth"))
                        .intValue())
                .isLessThanOrEqualTo(360);
        select(browser.findElements(By.cssSelector("#article-body p")).get(1), SAID);
        var quote = browser.findElement(By.id("quote"));
        Chromium.waitFor(browser).until(driver -> SAID.equals(quote.getDomProperty("value")));
    }

    @Test
    void anErrorSummaryLinkToAChoiceTakesTheReporterToItsButtons() {
        var article = new TestData(context).tribunWow(SECOND_PARAGRAPH);
        browser = Chromium.start(1280, 1000);
        signIn();
        open("/desk/articles/" + article.getId() + "/claims/new");
        // posted with no kind of quote chosen and nothing else filled in (past the browser's own checks, as an
        // older browser would post it), so the server's errors come back
        ((JavascriptExecutor) browser).executeScript("""
                document.querySelectorAll('input[name=quoteKind]').forEach(r => r.checked = false);
                document.getElementById('claim-form').noValidate = true;""");
        browser.findElement(By.cssSelector("#claim-form button[type=submit]")).click();
        Chromium.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        var link = browser.findElement(By.cssSelector("#error-summary a[href='#quoteKind']"));
        link.click();
        Chromium.waitFor(browser)
                .until(driver -> "quoteKind"
                        .equals(((JavascriptExecutor) driver)
                                .executeScript("return document.activeElement && document.activeElement.name")));
        assertThat(browser.switchTo().activeElement().getDomAttribute("type")).isEqualTo("radio");
    }

    /** Selects these words in the paragraph, as dragging over them does. */
    private void select(WebElement paragraph, String words) {
        ((JavascriptExecutor) browser).executeScript("""
                        const [paragraph, words] = arguments;
                        paragraph.scrollIntoView({block: 'center'});
                        const node = paragraph.firstChild;
                        const at = node.textContent.indexOf(words);
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + words.length);
                        const selection = document.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);""", paragraph, words);
    }

    private void signIn() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("reporter@factline.demo");
        browser.findElement(By.id("password")).sendKeys("factline-demo");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        Chromium.waitFor(browser).until(ExpectedConditions.urlMatches("/desk$"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}

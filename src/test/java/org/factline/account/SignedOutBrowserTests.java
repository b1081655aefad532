package org.factline.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.factline.BrowserTest;
import org.factline.Chromium;
import org.factline.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor writes a verdict's rationale while their session ends; "Save draft" tells them they were
 * signed out, and after signing in the form is back with their text, and saving it works. In Debian's
 * Chromium, with screenshots kept in target/screenshots.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignedOutBrowserTests {

    private static final String EDITOR = "editor@factline.demo";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

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
    void theRationaleTypedWhenTheSessionEndedIsBackAfterSigningInAndSaves() {
        var claimId = new TestData(context).matsegoraLabourClaim().getId();
        var rationale =
                TestData.unique("Resolution 2397 (2017) required North Korean workers to be sent home by 2019.");
        signIn();
        browser.get("http://localhost:" + port + "/desk/claims/" + claimId);

        new Select(browser.findElement(By.cssSelector("#verdict select[name=ratingId]"))).selectByIndex(1);
        browser.findElement(By.cssSelector("#verdict input[name=summary]"))
                .sendKeys("UN sanctions forbid sending North Korean workers abroad.");
        browser.findElement(By.cssSelector("#verdict textarea[name=rationale]")).sendKeys(rationale);

        // the idle timeout, a deploy of old or a cleanup: the session is gone while the editor types
        assertThat(jdbc.sql("delete from spring_session where principal_name = :email")
                        .param("email", EDITOR)
                        .update())
                .isPositive();
        clickForNextDocument(browser.findElement(By.cssSelector("#verdict form button[type=submit]")));
        Chromium.screenshot(browser, "signed-out-1-sign-in");
        assertThat(browser.getCurrentUrl()).contains("/login");
        assertThat(browser.findElement(By.id("session-ended")).getText())
                .contains("You were signed out", "your form will be back");

        fillSignIn();
        Chromium.screenshot(browser, "signed-out-2-form-back");
        assertThat(browser.getCurrentUrl()).contains("/desk/claims/" + claimId + "?restore=");
        assertThat(browser.findElement(By.cssSelector("#flash .flash.ok")).getText())
                .contains("your form is back");
        var textarea = browser.findElement(By.cssSelector("#verdict textarea[name=rationale]"));
        assertThat(textarea.getDomProperty("value")).isEqualTo(rationale);
        assertThat(browser.findElement(By.cssSelector("#verdict input[name=summary]"))
                        .getDomProperty("value"))
                .isEqualTo("UN sanctions forbid sending North Korean workers abroad.");

        clickForNextDocument(browser.findElement(By.cssSelector("#verdict form button[type=submit]")));
        Chromium.screenshot(browser, "signed-out-3-saved");
        assertThat(browser.findElement(By.cssSelector("#flash .flash.ok")).getText())
                .contains("draft verdict was saved");
        assertThat(jdbc.sql("select count(*) from verdict where claim_id = :claim and rationale = :rationale")
                        .param("claim", claimId)
                        .param("rationale", rationale)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void signIn() {
        browser.get("http://localhost:" + port + "/login");
        fillSignIn();
        assertThat(browser.getCurrentUrl()).endsWith("/desk");
    }

    private void fillSignIn() {
        browser.findElement(By.id("username")).sendKeys(EDITOR);
        browser.findElement(By.id("password")).sendKeys("factline-demo");
        clickForNextDocument(browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")));
    }

    /** Clicks and waits for the next complete document (the old one carries a mark the new one lacks). */
    private void clickForNextDocument(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("window.factlineTestMark = true");
        element.click();
        Chromium.waitFor(browser)
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                        .executeScript("return window.factlineTestMark === undefined"
                                + " && document.readyState === 'complete'")));
    }
}

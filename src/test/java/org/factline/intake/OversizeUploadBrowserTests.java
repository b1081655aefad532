package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.factline.BrowserTest;
import org.factline.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A CSV over the import's limit chosen in Chromium: the page says so at once, in the reader's language,
 * and sends nothing; it never ends in Chromium's "This site can't be reached" (the server refuses such an
 * upload before reading it, and closes the connection while the browser is still sending).
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversizeUploadBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ImportProperties properties;

    @TempDir
    Path directory;

    ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start(1280, 1200);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedOnThePageBeforeItIsSent() throws IOException {
        var file = sparseFile("claims.csv", properties.maxFileSize().toBytes() + 1);
        signIn();
        browser.get("http://localhost:" + port + "/desk/import");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        ((JavascriptExecutor) browser).executeScript("window.factlineTestMark = true");
        browser.findElement(By.cssSelector("form[action$='/desk/import'] button[type=submit]"))
                .click();

        var message = Chromium.waitFor(browser)
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    var shown = driver.findElements(By.cssSelector("#file-too-large:not([hidden])"));
                    return shown.isEmpty() ? null : shown.get(0);
                });
        Chromium.screenshot(browser, "oversize-upload");
        assertThat(message.getText())
                .isEqualTo("The file is larger than " + properties.maxFileSize().toMegabytes()
                        + " MB, the most Factline accepts. Split it into smaller files.");
        // still the same page, nothing sent: not Chromium's error page, not a new document
        assertThat(((JavascriptExecutor) browser).executeScript("return window.factlineTestMark"))
                .isEqualTo(true);
        assertThat(browser.getCurrentUrl()).endsWith("/desk/import");
    }

    @Test
    void theRefusalIsInIndonesianForAnIndonesianReader() throws IOException {
        var file = sparseFile("klaim.csv", properties.maxFileSize().toBytes() + 1);
        signIn();
        browser.get("http://localhost:" + port + "/desk/import?lang=id");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[action$='/desk/import'] button[type=submit]"))
                .click();
        var message = Chromium.waitFor(browser)
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    var shown = driver.findElements(By.cssSelector("#file-too-large:not([hidden])"));
                    return shown.isEmpty() ? null : shown.get(0);
                });
        assertThat(message.getText())
                .startsWith(
                        "Berkas lebih besar dari " + properties.maxFileSize().toMegabytes());
    }

    /** A file of the given size that takes no room on the disk. */
    private Path sparseFile(String name, long size) throws IOException {
        var file = Files.createFile(directory.resolve(name));
        try (var access = new RandomAccessFile(file.toFile(), "rw")) {
            access.setLength(size);
        }
        return file;
    }

    private void signIn() {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("editor@factline.demo");
        browser.findElement(By.id("password")).sendKeys("factline-demo");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]"))
                .click();
        Chromium.waitFor(browser).until(driver -> driver.getCurrentUrl().endsWith("/desk"));
    }
}

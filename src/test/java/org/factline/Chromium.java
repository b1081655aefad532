package org.factline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its matching chromedriver, offline (surefire sets
 * SE_OFFLINE=true), in a fresh profile; screenshots go to target/screenshots.
 */
public final class Chromium {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {}

    public static ChromeDriver start(int width, int height) {
        try {
            var profile = Files.createTempDirectory("factline-chromium");
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=" + width + "," + height,
                    "--lang=en-GB",
                    "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .build();
            var browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            Files.createDirectories(SCREENSHOTS);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

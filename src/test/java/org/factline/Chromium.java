package org.factline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by its matching chromedriver, offline (surefire sets SE_OFFLINE=true), in a
 * fresh profile; screenshots go to target/screenshots. Both programs are found on the PATH (Debian's
 * {@code chromium} and {@code chromium-driver} packages), or where FACTLINE_TEST_CHROMIUM and
 * FACTLINE_TEST_CHROMEDRIVER name them.
 */
public final class Chromium {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final String INSTALL = "install chromium and chromium-driver (apt-get install chromium chromium-driver),"
            + " or name them in FACTLINE_TEST_CHROMIUM and FACTLINE_TEST_CHROMEDRIVER";

    private Chromium() {}

    public static ChromeDriver start(int width, int height) {
        var programs = Programs.of(System.getenv())
                .orElseThrow(() -> new IllegalStateException("Chromium is missing: " + INSTALL));
        try {
            var profile = Files.createTempDirectory("factline-chromium");
            var options = new ChromeOptions();
            options.setBinary(programs.browser().toFile());
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
                    .usingDriverExecutable(programs.driver().toFile())
                    .build();
            var browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Patience.SIGNAL);
            Files.createDirectories(SCREENSHOTS);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A phone's screen: pages laid out at this width, as on a phone (a headless window is never narrower than
     * 500 px, so the width is set through the DevTools protocol's device metrics).
     */
    public static ChromeDriver startPhone(int width, int height) {
        var browser = start(Math.max(width, 600), height);
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        return browser;
    }

    /** Waits for what the page shows, as long as a loaded machine may need. */
    public static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Patience.SIGNAL);
    }

    public static void screenshot(ChromeDriver browser, String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser and its driver, when both are there. */
    record Programs(Path browser, Path driver) {

        static Optional<Programs> of(Map<String, String> environment) {
            var browser = find(environment, "FACTLINE_TEST_CHROMIUM", "chromium", "chromium-browser");
            var driver = find(environment, "FACTLINE_TEST_CHROMEDRIVER", "chromedriver");
            return browser.flatMap(b -> driver.map(d -> new Programs(b, d)));
        }

        private static Optional<Path> find(Map<String, String> environment, String variable, String... names) {
            var named = environment.get(variable);
            if (named != null && !named.isBlank()) {
                return Optional.of(Path.of(named)).filter(Files::isExecutable);
            }
            return Stream.of(environment.getOrDefault("PATH", "").split(File.pathSeparator))
                    .filter(directory -> !directory.isBlank())
                    .flatMap(directory -> Stream.of(names).map(name -> Path.of(directory, name)))
                    .filter(Files::isExecutable)
                    .findFirst();
        }
    }

    /**
     * Runs a {@link BrowserTest} only where Chromium is installed; elsewhere skips it, saying once what
     * to install, or fails it when FACTLINE_REQUIRE_BROWSER=true.
     */
    static final class Installed implements ExecutionCondition {

        private static final AtomicBoolean SAID = new AtomicBoolean();

        private final Map<String, String> environment;

        Installed() {
            this(System.getenv());
        }

        Installed(Map<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            var result = evaluate();
            if (result.isDisabled() && SAID.compareAndSet(false, true)) {
                System.out.println(result.getReason().orElseThrow());
            }
            return result;
        }

        ConditionEvaluationResult evaluate() {
            if (Programs.of(environment).isPresent()) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if (Boolean.parseBoolean(environment.get("FACTLINE_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(
                        "Browser tests required (FACTLINE_REQUIRE_BROWSER=true), but Chromium is missing: " + INSTALL);
            }
            return ConditionEvaluationResult.disabled("Browser tests skipped: " + INSTALL);
        }
    }
}

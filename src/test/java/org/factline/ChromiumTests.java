package org.factline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumTests {

    @TempDir
    Path bin;

    @Test
    void browserTestsRunWhereChromiumAndItsDriverAreOnThePath() throws IOException {
        program("chromium");
        program("chromedriver");

        var result = new Chromium.Installed(Map.of("PATH", bin.toString())).evaluate();

        assertThat(result.isDisabled()).isFalse();
        assertThat(Chromium.Programs.of(Map.of("PATH", bin.toString())))
                .contains(new Chromium.Programs(bin.resolve("chromium"), bin.resolve("chromedriver")));
    }

    @Test
    void withoutTheDriverTheyAreSkippedWithOneLineThatSaysWhatToInstall() throws IOException {
        program("chromium");

        var result = new Chromium.Installed(Map.of("PATH", bin.toString())).evaluate();

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason().orElseThrow())
                .contains("Browser tests skipped: install chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver)")
                .doesNotContain("\n");
    }

    @Test
    void aBrowserNamedInTheEnvironmentMustBeThere() throws IOException {
        program("chromium");
        program("chromedriver");

        var result = new Chromium.Installed(Map.of(
                        "PATH",
                        bin.toString(),
                        "FACTLINE_TEST_CHROMIUM",
                        bin.resolve("missing").toString()))
                .evaluate();

        assertThat(result.isDisabled()).isTrue();
    }

    @Test
    void ciTurnsTheSkipIntoAFailure() {
        var ci = new Chromium.Installed(Map.of("PATH", bin.toString(), "FACTLINE_REQUIRE_BROWSER", "true"));

        assertThatThrownBy(ci::evaluate)
                .hasMessageStartingWith(
                        "Browser tests required (FACTLINE_REQUIRE_BROWSER=true), but Chromium is missing")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    private void program(String name) throws IOException {
        Files.createFile(
                bin.resolve(name), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}

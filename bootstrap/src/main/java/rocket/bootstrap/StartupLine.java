package rocket.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import rocket.bootstrap.config.RocketConfig;

/**
 * The one INFO line a start logs: Rocket's version, the Java runtime, PostgreSQL's version and kind, the address,
 * and every setting's effective value with secrets masked (see {@link RocketConfig#toString()}).
 */
final class StartupLine {
    private StartupLine() {
    }

    static String of(RocketConfig config, int port, String postgresVersion) {
        return "Rocket " + version() + " listening on http://" + config.server().host() + ":" + port + " (Java "
                + Runtime.version() + " " + System.getProperty("java.vm.vendor") + ", PostgreSQL " + postgresVersion
                + (config.database().embedded() ? " embedded" : " external") + ") settings: " + config;
    }

    /** The Maven project version, written into the jar at build time. */
    static String version() {
        try (InputStream in = StartupLine.class.getResourceAsStream("version.txt")) {
            return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

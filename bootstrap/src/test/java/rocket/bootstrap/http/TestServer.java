package rocket.bootstrap.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.config.ConfigLoader;
import rocket.bootstrap.config.RocketConfig;

/** One real server (embedded PostgreSQL, random port) shared by the HTTP tests of this JVM. */
public final class TestServer {
    private static Api shared;

    private TestServer() {
    }

    public static synchronized Api shared() {
        if (shared == null) {
            // approval timeouts are checked every 200 ms so workflow tests need not wait a minute
            RocketServer server = start(tempDir(), Map.of("ROCKET_WORKFLOW_TIMEOUT_INTERVAL_MS", "200"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            shared = new Api(server.port());
        }
        return shared;
    }

    /** Starts a dedicated server; the caller closes it. */
    public static RocketServer start(Path dataDir, Map<String, String> env) {
        RocketConfig config = ConfigLoader.load(new String[] {"--port", "0", "--data-dir", dataDir.toString(),
                "--host", "127.0.0.1", "--max-body-bytes", "65536"}, env);
        return RocketServer.start(config);
    }

    public static Path tempDir() {
        try {
            // under target/, so test databases go away with `mvn clean` instead of piling up in /tmp
            Path root = Files.createDirectories(Path.of("target", "test-data"));
            return Files.createTempDirectory(root, "rocket-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, valid app name, so tests never collide. */
    public static String uniqueAppName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }
}

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
import rocket.bootstrap.database.EmbeddedDatabase;

/** One real server (embedded PostgreSQL, random port) shared by the HTTP tests of this JVM. */
public final class TestServer {
    private static Api shared;
    private static Path sharedDataDir;

    private TestServer() {
    }

    public static synchronized Api shared() {
        if (shared == null) {
            // approval timeouts are checked every 200 ms so workflow tests need not wait a minute
            sharedDataDir = tempDir();
            RocketServer server = start(sharedDataDir, FAST);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            shared = new Api(server.port());
        }
        return shared;
    }

    /** Background timings compressed so tests need not wait minutes: timeouts, retries and polls in ms. */
    public static final Map<String, String> FAST = Map.of("ROCKET_WORKFLOW_TIMEOUT_INTERVAL_MS", "200",
            "ROCKET_MAX_FILE_SIZE", String.valueOf(24 * 1024 * 1024), "ROCKET_WEBHOOK_RETRY_BASE_MS", "200",
            "ROCKET_WEBHOOK_POLL_INTERVAL_MS", "100", "ROCKET_WEBHOOK_SYNC_TIMEOUT_MS", "2000");

    /** {@link #FAST} with {@code settings} over it, then {@code extra} over those. */
    public static Map<String, String> fast(Map<String, String> settings, Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(FAST);
        env.putAll(settings);
        env.putAll(extra);
        return env;
    }

    /** {@link #FAST} for an instance of several on {@code database}'s {@code rocket} database, {@code extra} over it. */
    public static Map<String, String> onDatabase(EmbeddedDatabase database, Map<String, String> extra) {
        return fast(Map.of("DATABASE_URL", databaseUrl(database, "rocket")), extra);
    }

    /** The shared server's upload limit (24 MiB, so a 20 MB round trip fits). */
    public static final int MAX_FILE_BYTES = 24 * 1024 * 1024;

    /** Where the shared server keeps its data (uploads live in {@code uploads/} below it). */
    public static synchronized Path sharedDataDir() {
        shared();
        return sharedDataDir;
    }

    /**
     * What every test server gets unless its {@code env} says otherwise: development mode (fixed seeded passwords,
     * loopback webhook sinks), fsync off (speed; the durability tests turn it on), no per-address login limit
     * (every test logs in from 127.0.0.1), one variable webhook templates may name, and app connections closed
     * after 10 s idle: the suite makes an app a second, and their idle connections must not fill max_connections.
     */
    public static final Map<String, String> TEST_DEFAULTS = Map.of("ROCKET_DEV", "true", "ROCKET_EMBEDDED_FSYNC", "off",
            "ROCKET_LOGIN_ATTEMPTS_PER_ADDRESS", "1000000", "ROCKET_WEBHOOK_ENV_TEST_TOKEN", "test-token-value",
            "ROCKET_APP_POOL_IDLE_TIMEOUT_MS", "10000");

    /** {@link #TEST_DEFAULTS} with {@code env} over them. */
    public static Map<String, String> withDefaults(Map<String, String> env) {
        Map<String, String> merged = new java.util.HashMap<>(TEST_DEFAULTS);
        merged.putAll(env);
        return merged;
    }

    /** Starts a dedicated server; the caller closes it. {@code env} overrides {@link #TEST_DEFAULTS}. */
    public static RocketServer start(Path dataDir, Map<String, String> env) {
        RocketConfig config = ConfigLoader.load(new String[] {"--port", "0", "--data-dir", dataDir.toString(),
                "--host", "127.0.0.1", "--max-body-bytes", "65536"}, withDefaults(env));
        return RocketServer.start(config);
    }

    /** A PostgreSQL server of its own (fsync off) to point {@code DATABASE_URL} at; the caller closes it. */
    public static EmbeddedDatabase externalDatabase() {
        return externalDatabase(tempDir());
    }

    /** {@link #externalDatabase()} with its data (and password) under {@code dataDir}, kept across starts. */
    public static EmbeddedDatabase externalDatabase(Path dataDir) {
        return EmbeddedDatabase.start(dataDir, 200, false);
    }

    /** {@code DATABASE_URL} for {@code database} on {@code server}, with its password. */
    public static String databaseUrl(EmbeddedDatabase server, String database) {
        return "postgres://" + EmbeddedDatabase.USER + ":" + server.password() + "@127.0.0.1:" + server.port() + "/"
                + database;
    }

    /** SIGKILL to the embedded PostgreSQL of {@code dataDir} and all its backends at once, as a crash would. */
    public static void killPostgres(Path dataDir) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            java.util.List<ProcessHandle> all = new java.util.ArrayList<>(postmaster.descendants().toList());
            all.add(postmaster);
            all.forEach(ProcessHandle::destroyForcibly);
            postmaster.onExit().join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

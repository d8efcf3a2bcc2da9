package rocket.bootstrap.config;

import java.nio.file.Path;

/** The server's settings after merging flags, environment, {@code app.yaml} and defaults, grouped by concern. */
public record RocketConfig(Server server, Database database, String platformJwtSecret,
                           long workflowTimeoutIntervalMillis, Storage storage, Webhooks webhooks, Ai ai, Events events,
                           Performance performance, Limits limits) {
    public static final String DEFAULT_PLATFORM_SECRET = "changeme-platform-secret";

    public record Server(String host, int port, long maxBodyBytes) {
    }

    /** {@code url} null means: start the embedded PostgreSQL under {@code dataDir}. */
    public record Database(String url, Path dataDir, int poolSize, int appPoolSize) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    public record Storage(long maxFileBytes, Path directory) {
    }

    public record Webhooks(long syncTimeoutMillis, long retryBaseMillis, int concurrency, long pollIntervalMillis,
                           boolean dispatcherEnabled) {
    }

    public record Ai(String baseUrl, String apiKey, String model, long timeoutMillis) {
    }

    public record Events(boolean enabled, double samplingRate, int bufferSize, long flushIntervalMillis,
                         int retentionDays) {
    }

    /** The seed's optimizations, each switchable so its effect can be measured side by side. */
    public record Performance(boolean httpCaching, boolean queryCache, long queryCacheMaxBytes,
                              boolean parallelIncludes, boolean batchedNestedWrites) {
    }

    /** Bounds on hostile input: JSON nesting of bodies, expression size, and {@code like} pattern length. */
    public record Limits(int maxJsonDepth, int maxExpressionLength, int maxPatternLength) {
    }

    public RocketConfig withPort(int newPort) {
        return new RocketConfig(new Server(server.host(), newPort, server.maxBodyBytes()), database, platformJwtSecret,
                workflowTimeoutIntervalMillis, storage, webhooks, ai, events, performance, limits);
    }

    @Override
    public String toString() {
        return "RocketConfig[host=" + server.host() + ", port=" + server.port() + ", database="
                + (database.embedded() ? "embedded" : "external") + ", dataDir=" + database.dataDir() + ", poolSize="
                + database.poolSize() + ", appPoolSize=" + database.appPoolSize() + ", " + performance + "]"; // no secrets
    }
}

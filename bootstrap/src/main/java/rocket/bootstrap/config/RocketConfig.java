package rocket.bootstrap.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The server's settings after merging flags, environment, {@code app.yaml} and defaults, grouped by concern;
 * {@code shown}: every option's effective value with secrets masked, for the startup line.
 */
public record RocketConfig(Server server, Database database, Security security,
                           long workflowTimeoutIntervalMillis, Storage storage, Webhooks webhooks, Ai ai, Events events,
                           Performance performance, Limits limits, Map<String, String> shown) {

    /**
     * {@code metricsToken}: a static bearer token that may scrape {@code /api/_platform/metrics} (null: only the
     * platform token); {@code metricsPort}: a separate unauthenticated port serving {@code /metrics} on the same
     * host ({@link #NO_PORT}: none); {@code corsOrigins}: origins allowed cross-origin requests (empty: none);
     * {@code changeStreamHeartbeatMillis}: the longest a change stream stays silent before a {@code : ping};
     * {@code changeStreamSendTimeoutMillis}: how long a stream's client may take nothing before it is closed (more
     * than the heartbeat, or an idle stream would be closed between two pings).
     */
    public record Server(String host, int port, long maxBodyBytes, String metricsToken, int metricsPort,
                         List<String> corsOrigins, long changeStreamHeartbeatMillis,
                         long changeStreamSendTimeoutMillis) {
        public static final int NO_PORT = -1;

        public Server {
            corsOrigins = List.copyOf(corsOrigins);
            if (changeStreamSendTimeoutMillis <= changeStreamHeartbeatMillis) {
                throw new ConfigException("change-stream-send-timeout-millis (" + changeStreamSendTimeoutMillis
                        + ") must be above change-stream-heartbeat-millis (" + changeStreamHeartbeatMillis + ")");
            }
        }

        @Override
        public String toString() {
            return "Server[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes + ", metricsToken="
                    + (metricsToken == null ? "unset" : "set") + ", metricsPort="
                    + (metricsPort == NO_PORT ? "off" : metricsPort) + ", corsOrigins=" + corsOrigins
                    + "]"; // never the token
        }
    }

    /**
     * {@code url} null means: start the embedded PostgreSQL under {@code dataDir}. {@code embeddedFsync} off trades
     * crash safety for speed and exists for test suites only. A request waits {@code acquireTimeoutMillis} for a
     * connection (then 503); a statement runs at most {@code statementTimeoutMillis} (0: unlimited); the start
     * fails when the database does not answer within {@code connectTimeoutMillis}; an app's connection idle for
     * {@code appIdleTimeoutMillis} is closed. {@code replicaUrl} null: no read replica.
     */
    public record Database(String url, Path dataDir, int poolSize, int appPoolSize, boolean embeddedFsync,
                           int acquireTimeoutMillis, int statementTimeoutMillis, int connectTimeoutMillis,
                           int appIdleTimeoutMillis, String replicaUrl) {
        public boolean embedded() {
            return url == null || url.isBlank();
        }
    }

    /**
     * {@code dev}: fixed seeded passwords and loopback webhook targets, allowed on a loopback bind only.
     * {@code platformJwtSecret} null means: use (or create) the generated one in the data directory.
     * {@code platformAdminPassword} null means: generate the first platform admin's password (printed once).
     */
    public record Security(boolean dev, String platformJwtSecret, String platformAdminPassword, LoginLimits login) {
    }

    /** Login and refresh attempts per client address per minute; failed logins per account before a lockout. */
    public record LoginLimits(int attemptsPerAddressPerMinute, int failuresPerAccount) {
    }

    /** {@code s3} null: files on local disk under {@code directory}; otherwise in that bucket. */
    public record Storage(long maxFileBytes, Path directory, S3 s3) {
    }

    /**
     * An S3-compatible bucket; {@code region} null: the AWS SDK's region chain; {@code endpoint} null: AWS itself.
     * Credentials are not configured here: the AWS SDK's default chain supplies them.
     */
    public record S3(String bucket, String region, URI endpoint, boolean pathStyle) {
    }

    /**
     * {@code leaseMillis}: how long a claimed delivery is left to the instance that claimed it before any may send
     * it again. {@code environment}: the variables {@code {{env.NAME}}} may name, with their values, captured at
     * start. {@code allowPrivateTargets}: webhooks may call private network addresses.
     */
    public record Webhooks(long syncTimeoutMillis, long retryBaseMillis, int concurrency, long pollIntervalMillis,
                           long leaseMillis, boolean dispatcherEnabled, Map<String, String> environment, boolean allowPrivateTargets) {
        /** Every variable with this prefix may be named by webhook templates. */
        public static final String ENV_PREFIX = "ROCKET_WEBHOOK_ENV_";

        @Override
        public String toString() {
            return "Webhooks[env=" + environment.keySet() + ", allowPrivateTargets=" + allowPrivateTargets + "]"; // no values
        }
    }

    public record Ai(String baseUrl, String apiKey, String model, long timeoutMillis) {
        @Override
        public String toString() {
            return "Ai[baseUrl=" + baseUrl + ", model=" + model + "]"; // no key
        }
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

    /** The same settings with the platform secret that is actually used (configured or generated). */
    public RocketConfig withPlatformJwtSecret(String secret) {
        return new RocketConfig(server, database, new Security(security.dev(), secret, security.platformAdminPassword(),
                security.login()), workflowTimeoutIntervalMillis, storage, webhooks, ai, events, performance, limits,
                shown);
    }

    /** {@code name=value} of every option (secrets masked) and the names webhook templates may read. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        shown.forEach((name, value) -> text.append(name).append('=').append(value).append(' '));
        return text.append("webhook-env=").append(webhooks.environment().keySet()).toString(); // names, no values
    }
}

package rocket.bootstrap.config;

import java.nio.file.Path;

/**
 * The server's settings after merging flags, environment, {@code app.yaml} and defaults.
 * {@code databaseUrl} null means: start the embedded PostgreSQL under {@code dataDir}.
 */
public record RocketConfig(String host, int port, String databaseUrl, Path dataDir, String platformJwtSecret,
                           int poolSize, int appPoolSize, long maxBodyBytes, long workflowTimeoutIntervalMillis,
                           long maxFileBytes, Path storageDir, long webhookSyncTimeoutMillis,
                           long webhookRetryBaseMillis, int webhookConcurrency, long webhookPollIntervalMillis,
                           boolean webhookDispatcherEnabled, String aiBaseUrl, String aiApiKey, String aiModel,
                           long aiTimeoutMillis, boolean eventsEnabled, double eventSamplingRate, int eventBufferSize,
                           long eventFlushIntervalMillis, int eventRetentionDays) {
    public static final String DEFAULT_PLATFORM_SECRET = "changeme-platform-secret";

    public boolean embeddedDatabase() {
        return databaseUrl == null || databaseUrl.isBlank();
    }

    public RocketConfig withPort(int newPort) {
        return new RocketConfig(host, newPort, databaseUrl, dataDir, platformJwtSecret, poolSize, appPoolSize,
                maxBodyBytes, workflowTimeoutIntervalMillis, maxFileBytes, storageDir, webhookSyncTimeoutMillis,
                webhookRetryBaseMillis, webhookConcurrency, webhookPollIntervalMillis, webhookDispatcherEnabled,
                aiBaseUrl, aiApiKey, aiModel, aiTimeoutMillis, eventsEnabled, eventSamplingRate, eventBufferSize,
                eventFlushIntervalMillis, eventRetentionDays);
    }

    @Override
    public String toString() {
        return "RocketConfig[host=" + host + ", port=" + port + ", database="
                + (embeddedDatabase() ? "embedded" : "external") + ", dataDir=" + dataDir + ", poolSize=" + poolSize
                + ", appPoolSize=" + appPoolSize + ", maxBodyBytes=" + maxBodyBytes + "]"; // no secrets
    }
}

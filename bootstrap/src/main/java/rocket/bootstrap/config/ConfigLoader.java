package rocket.bootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Merges configuration: command-line flags over environment over {@code app.yaml} over defaults. */
public final class ConfigLoader {
    /** Setting name → environment variable; the flag is {@code --name=value} with dashes. */
    private static final Map<String, String> ENV = Map.ofEntries(
            Map.entry("host", "ROCKET_HOST"),
            Map.entry("port", "PORT"),
            Map.entry("database-url", "DATABASE_URL"),
            Map.entry("data-dir", "ROCKET_DATA_DIR"),
            Map.entry("platform-jwt-secret", "ROCKET_PLATFORM_JWT_SECRET"),
            Map.entry("pool-size", "ROCKET_POOL_SIZE"),
            Map.entry("app-pool-size", "ROCKET_APP_POOL_SIZE"),
            Map.entry("max-body-bytes", "ROCKET_MAX_BODY_BYTES"),
            Map.entry("config", "ROCKET_CONFIG"),
            Map.entry("workflow-timeout-interval-ms", "ROCKET_WORKFLOW_TIMEOUT_INTERVAL_MS"),
            Map.entry("max-file-bytes", "ROCKET_MAX_FILE_SIZE"),
            Map.entry("storage-dir", "ROCKET_STORAGE_DIR"),
            Map.entry("webhook-sync-timeout-ms", "ROCKET_WEBHOOK_SYNC_TIMEOUT_MS"),
            Map.entry("webhook-retry-base-ms", "ROCKET_WEBHOOK_RETRY_BASE_MS"),
            Map.entry("webhook-concurrency", "ROCKET_WEBHOOK_CONCURRENCY"),
            Map.entry("webhook-poll-interval-ms", "ROCKET_WEBHOOK_POLL_INTERVAL_MS"),
            Map.entry("webhook-dispatcher", "ROCKET_WEBHOOK_DISPATCHER"),
            Map.entry("ai-base-url", "ROCKET_AI_BASE_URL"),
            Map.entry("ai-api-key", "ROCKET_AI_API_KEY"),
            Map.entry("ai-model", "ROCKET_AI_MODEL"),
            Map.entry("ai-timeout-ms", "ROCKET_AI_TIMEOUT_MS"),
            Map.entry("events", "ROCKET_EVENTS"),
            Map.entry("event-sampling-rate", "ROCKET_EVENT_SAMPLING_RATE"),
            Map.entry("event-buffer-size", "ROCKET_EVENT_BUFFER_SIZE"),
            Map.entry("event-flush-interval-ms", "ROCKET_EVENT_FLUSH_INTERVAL_MS"),
            Map.entry("event-retention-days", "ROCKET_EVENT_RETENTION_DAYS"),
            Map.entry("http-caching", "ROCKET_HTTP_CACHING"),
            Map.entry("query-cache", "ROCKET_QUERY_CACHE"),
            Map.entry("query-cache-max-bytes", "ROCKET_QUERY_CACHE_MAX_BYTES"),
            Map.entry("parallel-includes", "ROCKET_PARALLEL_INCLUDES"),
            Map.entry("batched-nested-writes", "ROCKET_BATCHED_NESTED_WRITES"),
            Map.entry("dev", "ROCKET_DEV"),
            Map.entry("platform-admin-password", "ROCKET_PLATFORM_ADMIN_PASSWORD"),
            Map.entry("login-attempts-per-address", "ROCKET_LOGIN_ATTEMPTS_PER_ADDRESS"),
            Map.entry("login-failures-per-account", "ROCKET_LOGIN_FAILURES_PER_ACCOUNT"),
            Map.entry("embedded-fsync", "ROCKET_EMBEDDED_FSYNC"),
            Map.entry("db-acquire-timeout-ms", "ROCKET_DB_ACQUIRE_TIMEOUT_MS"),
            Map.entry("db-statement-timeout-ms", "ROCKET_DB_STATEMENT_TIMEOUT_MS"),
            Map.entry("webhook-allowed-env", "ROCKET_WEBHOOK_ALLOWED_ENV"),
            Map.entry("webhook-allow-private", "ROCKET_WEBHOOK_ALLOW_PRIVATE"),
            Map.entry("max-json-depth", "ROCKET_MAX_JSON_DEPTH"),
            Map.entry("max-expression-length", "ROCKET_MAX_EXPRESSION_LENGTH"),
            Map.entry("max-pattern-length", "ROCKET_MAX_PATTERN_LENGTH"),
            Map.entry("metrics-token", "ROCKET_METRICS_TOKEN"),
            Map.entry("metrics-port", "ROCKET_METRICS_PORT"));
    /** Setting name → dotted path in app.yaml (the reference's layout where it has one). */
    private static final Map<String, String> YAML = Map.ofEntries(
            Map.entry("host", "server.host"),
            Map.entry("port", "server.port"),
            Map.entry("database-url", "database.url"),
            Map.entry("data-dir", "data_dir"),
            Map.entry("platform-jwt-secret", "platform_jwt_secret"),
            Map.entry("pool-size", "database.pool_size"),
            Map.entry("app-pool-size", "app_pool_size"),
            Map.entry("max-body-bytes", "server.max_body_bytes"),
            Map.entry("workflow-timeout-interval-ms", "workflows.timeout_interval_ms"),
            Map.entry("max-file-bytes", "storage.max_file_size"),
            Map.entry("storage-dir", "storage.local_path"),
            Map.entry("webhook-sync-timeout-ms", "webhooks.sync_timeout_ms"),
            Map.entry("webhook-retry-base-ms", "webhooks.retry_base_ms"),
            Map.entry("webhook-concurrency", "webhooks.concurrency"),
            Map.entry("webhook-poll-interval-ms", "webhooks.poll_interval_ms"),
            Map.entry("webhook-dispatcher", "webhooks.dispatcher"),
            Map.entry("ai-base-url", "ai.base_url"),
            Map.entry("ai-api-key", "ai.api_key"),
            Map.entry("ai-model", "ai.model"),
            Map.entry("ai-timeout-ms", "ai.timeout_ms"),
            Map.entry("events", "instrumentation.enabled"),
            Map.entry("event-sampling-rate", "instrumentation.sampling_rate"),
            Map.entry("event-buffer-size", "instrumentation.buffer_size"),
            Map.entry("event-flush-interval-ms", "instrumentation.flush_interval_ms"),
            Map.entry("event-retention-days", "instrumentation.retention_days"),
            Map.entry("http-caching", "performance.http_caching"),
            Map.entry("query-cache", "performance.query_cache"),
            Map.entry("query-cache-max-bytes", "performance.query_cache_max_bytes"),
            Map.entry("parallel-includes", "performance.parallel_includes"),
            Map.entry("batched-nested-writes", "performance.batched_nested_writes"),
            Map.entry("dev", "dev"),
            Map.entry("platform-admin-password", "platform_admin_password"),
            Map.entry("login-attempts-per-address", "security.login_attempts_per_address"),
            Map.entry("login-failures-per-account", "security.login_failures_per_account"),
            Map.entry("embedded-fsync", "database.embedded_fsync"),
            Map.entry("db-acquire-timeout-ms", "database.acquire_timeout_ms"),
            Map.entry("db-statement-timeout-ms", "database.statement_timeout_ms"),
            Map.entry("webhook-allowed-env", "webhooks.allowed_env"),
            Map.entry("webhook-allow-private", "webhooks.allow_private"),
            Map.entry("max-json-depth", "limits.max_json_depth"),
            Map.entry("max-expression-length", "limits.max_expression_length"),
            Map.entry("max-pattern-length", "limits.max_pattern_length"),
            Map.entry("metrics-token", "metrics.token"),
            Map.entry("metrics-port", "metrics.port"));

    /** The environment variables that configure the server itself: never resolvable by a webhook template. */
    static final java.util.Set<String> SERVER_VARIABLES = java.util.Set.copyOf(ENV.values());

    static final int MIN_METRICS_TOKEN_LENGTH = 16;

    private ConfigLoader() {
    }

    public static RocketConfig load(String[] args, Map<String, String> env) {
        Map<String, String> flags = Flags.parse(args);
        Map<String, String> merged = new HashMap<>();
        String configPath = flags.getOrDefault("config", env.getOrDefault(ENV.get("config"), "app.yaml"));
        Map<String, Object> yaml = readYaml(Path.of(configPath), flags.containsKey("config") || env.containsKey("ROCKET_CONFIG"));
        YAML.forEach((key, path) -> {
            Object value = lookup(yaml, path);
            if (value != null) {
                merged.put(key, String.valueOf(value));
            }
        });
        ENV.forEach((key, variable) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                merged.put(key, value);
            }
        });
        merged.putAll(flags);
        Path dataDir = Path.of(merged.getOrDefault("data-dir", "./data"));
        boolean dev = switchOff(merged, "dev");
        RocketConfig config = new RocketConfig(
                new RocketConfig.Server(merged.getOrDefault("host", "127.0.0.1"), integer(merged, "port", 8080, 0, 65535),
                        integer(merged, "max-body-bytes", 5 * 1024 * 1024, 1024, Integer.MAX_VALUE - 8),
                        metricsToken(merged.get("metrics-token")),
                        integer(merged, "metrics-port", RocketConfig.Server.NO_PORT, 0, 65535)),
                new RocketConfig.Database(merged.get("database-url"), dataDir, integer(merged, "pool-size", 50, 2, 1000),
                        // at least 2: Flyway holds two connections while it migrates a database
                        integer(merged, "app-pool-size", 50, 2, 1000), switchOn(merged, "embedded-fsync"),
                        integer(merged, "db-acquire-timeout-ms", 3_000, 250, 60_000),
                        integer(merged, "db-statement-timeout-ms", 30_000, 0, Integer.MAX_VALUE)),
                new RocketConfig.Security(dev, merged.get("platform-jwt-secret"),
                        merged.get("platform-admin-password"),
                        // development (loopback only) lets test suites log in from one address as often as they like
                        new RocketConfig.LoginLimits(integer(merged, "login-attempts-per-address",
                                dev ? 1_000_000 : 30, 1, 1_000_000),
                                integer(merged, "login-failures-per-account", 5, 1, 1_000_000))),
                integer(merged, "workflow-timeout-interval-ms", 60_000, 50, Integer.MAX_VALUE),
                new RocketConfig.Storage(integer(merged, "max-file-bytes", 10 * 1024 * 1024, 1, Integer.MAX_VALUE - 8),
                        merged.containsKey("storage-dir") ? Path.of(merged.get("storage-dir")) : dataDir.resolve("uploads")),
                new RocketConfig.Webhooks(integer(merged, "webhook-sync-timeout-ms", 5_000, 100, 120_000),
                        integer(merged, "webhook-retry-base-ms", 30_000, 10, Integer.MAX_VALUE),
                        integer(merged, "webhook-concurrency", 16, 1, 1024),
                        integer(merged, "webhook-poll-interval-ms", 1_000, 10, Integer.MAX_VALUE),
                        switchOn(merged, "webhook-dispatcher"),
                        WebhookVariables.capture(merged.getOrDefault("webhook-allowed-env", ""), env),
                        switchOff(merged, "webhook-allow-private")),
                new RocketConfig.Ai(merged.get("ai-base-url"), merged.get("ai-api-key"), merged.get("ai-model"),
                        integer(merged, "ai-timeout-ms", 60_000, 100, 600_000)),
                new RocketConfig.Events(switchOn(merged, "events"),
                        rate(merged.getOrDefault("event-sampling-rate", "1.0")),
                        integer(merged, "event-buffer-size", 10_000, 1, 10_000_000),
                        integer(merged, "event-flush-interval-ms", 100, 10, 600_000),
                        integer(merged, "event-retention-days", 7, 1, 3650)),
                new RocketConfig.Performance(switchOn(merged, "http-caching"), switchOn(merged, "query-cache"),
                        integer(merged, "query-cache-max-bytes", 100 * 1024 * 1024, 1, Integer.MAX_VALUE),
                        switchOn(merged, "parallel-includes"), switchOn(merged, "batched-nested-writes")),
                new RocketConfig.Limits(integer(merged, "max-json-depth", 64, 2, 1_000),
                        integer(merged, "max-expression-length", 4_096, 16, 1_000_000),
                        integer(merged, "max-pattern-length", 100, 1, 1_000_000)));
        SecurityChecks.require(config);
        return config;
    }

    /** A scrape token is a password: short ones are guessed. */
    private static String metricsToken(String token) {
        if (token != null && token.strip().length() < MIN_METRICS_TOKEN_LENGTH) {
            throw new ConfigException("metrics-token must have at least " + MIN_METRICS_TOKEN_LENGTH + " characters");
        }
        return token == null ? null : token.strip();
    }

    /** A switch that is off unless set to {@code on} or {@code true}. */
    private static boolean switchOff(Map<String, String> values, String key) {
        String value = values.getOrDefault(key, "off").trim();
        return "on".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value);
    }

    /** A switch that is on unless set to {@code off} or {@code false}. */
    private static boolean switchOn(Map<String, String> values, String key) {
        String value = values.getOrDefault(key, "on").trim();
        return !"off".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value);
    }

    private static double rate(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value < 0 || value > 1) {
                throw new ConfigException("event-sampling-rate must be between 0 and 1, got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException("event-sampling-rate must be a number, got '" + text + "'");
        }
    }

    private static int integer(Map<String, String> values, String key, int fallback, int min, int max) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new ConfigException(key + " must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, got '" + text + "'");
        }
    }

    private static Map<String, Object> readYaml(Path path, boolean required) {
        if (!Files.isRegularFile(path)) {
            if (required) {
                throw new ConfigException("Configuration file not found: " + path);
            }
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(path)) {
            Object document = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            if (document == null) {
                return Map.of();
            }
            if (!(document instanceof Map<?, ?> map)) {
                throw new ConfigException(path + " must be a YAML mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + path + ": " + e.getMessage());
        }
    }

    private static Object lookup(Map<String, Object> yaml, String dottedPath) {
        Object current = yaml;
        for (String part : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current instanceof Map ? null : current;
    }
}

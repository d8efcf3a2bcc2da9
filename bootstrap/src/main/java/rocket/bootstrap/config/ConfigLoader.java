package rocket.bootstrap.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Merges configuration: command-line flags over environment over {@code app.yaml} over defaults. */
public final class ConfigLoader {
    /** The environment variables that configure the server itself: never resolvable by a webhook template. */
    static final Set<String> SERVER_VARIABLES = Options.ALL.stream().map(Option::env)
            .collect(Collectors.toUnmodifiableSet());

    static final int MIN_METRICS_TOKEN_LENGTH = 16;

    private ConfigLoader() {
    }

    public static RocketConfig load(String[] args, Map<String, String> env) {
        Map<String, String> flags = Flags.parse(args);
        Map<String, String> merged = new HashMap<>();
        Option configFile = Options.named("config");
        String configPath = flags.getOrDefault("config", env.getOrDefault(configFile.env(), configFile.defaultValue()));
        Map<String, Object> yaml = readYaml(Path.of(configPath), flags.containsKey("config") || env.containsKey(configFile.env()));
        UnknownSettings.checkYaml(yaml, configPath);
        for (Option option : Options.ALL) {
            Object value = option.yaml() == null ? null : lookup(yaml, option.yaml());
            if (value != null) {
                merged.put(option.name(), String.valueOf(value));
            }
            String variable = env.get(option.env());
            if (variable != null && !variable.isBlank()) {
                merged.put(option.name(), variable);
            }
        }
        merged.putAll(flags);
        UnknownSettings.checkEnvironment(env, WebhookVariables.listed(text(merged, "webhook-allowed-env")));
        requireLogFormat(env.get(Options.LOG_FORMAT));
        Path dataDir = Path.of(text(merged, "data-dir"));
        boolean dev = switchOn(merged, "dev");
        RocketConfig config = new RocketConfig(
                new RocketConfig.Server(text(merged, "host"), integer(merged, "port", 0, 65535),
                        integer(merged, "max-body-bytes", 1024, Integer.MAX_VALUE - 8),
                        metricsToken(text(merged, "metrics-token")),
                        text(merged, "metrics-port") == null ? RocketConfig.Server.NO_PORT
                                : integer(merged, "metrics-port", 0, 65535),
                        CorsOrigins.parse(text(merged, "cors-origins"), dev),
                        integer(merged, "change-stream-heartbeat-millis", 100, 25_000),
                        integer(merged, "change-stream-send-timeout-millis", 200, 600_000)),
                new RocketConfig.Database(text(merged, "database-url"), dataDir, integer(merged, "pool-size", 2, 1000),
                        // at least 2: Flyway holds two connections while it migrates a database
                        integer(merged, "app-pool-size", 2, 1000), switchOn(merged, "embedded-fsync"),
                        integer(merged, "db-acquire-timeout-ms", 250, 60_000),
                        integer(merged, "db-statement-timeout-ms", 0, Integer.MAX_VALUE),
                        integer(merged, "db-connect-timeout-ms", 1_000, 600_000),
                        // HikariCP's floor is 10 s
                        integer(merged, "app-pool-idle-timeout-ms", 10_000, 3_600_000),
                        text(merged, "database-replica-url")),
                new RocketConfig.Security(dev, text(merged, "platform-jwt-secret"),
                        text(merged, "platform-admin-password"),
                        // development (loopback only) lets test suites log in from one address as often as they like
                        new RocketConfig.LoginLimits(!merged.containsKey("login-attempts-per-address") && dev
                                ? 1_000_000 : integer(merged, "login-attempts-per-address", 1, 1_000_000),
                                integer(merged, "login-failures-per-account", 1, 1_000_000))),
                integer(merged, "workflow-timeout-interval-ms", 50, Integer.MAX_VALUE),
                new RocketConfig.Storage(integer(merged, "max-file-bytes", 1, Integer.MAX_VALUE - 8),
                        merged.containsKey("storage-dir") ? Path.of(text(merged, "storage-dir")) : dataDir.resolve("uploads"),
                        StorageDriver.s3(text(merged, "storage-driver"), text(merged, "storage-s3-bucket"),
                                text(merged, "storage-s3-region"), text(merged, "storage-s3-endpoint"),
                                switchOn(merged, "storage-s3-path-style"))),
                new RocketConfig.Webhooks(integer(merged, "webhook-sync-timeout-ms", 100, 120_000),
                        integer(merged, "webhook-retry-base-ms", 10, Integer.MAX_VALUE),
                        integer(merged, "webhook-concurrency", 1, 1024),
                        integer(merged, "webhook-poll-interval-ms", 10, Integer.MAX_VALUE),
                        integer(merged, "webhook-lease-ms", 1_000, Integer.MAX_VALUE),
                        switchOn(merged, "webhook-dispatcher"),
                        WebhookVariables.capture(text(merged, "webhook-allowed-env"), env),
                        switchOn(merged, "webhook-allow-private")),
                new RocketConfig.Ai(text(merged, "ai-base-url"), text(merged, "ai-api-key"), text(merged, "ai-model"),
                        integer(merged, "ai-timeout-ms", 100, 600_000)),
                new RocketConfig.Events(switchOn(merged, "events"),
                        rate(text(merged, "event-sampling-rate")),
                        integer(merged, "event-buffer-size", 1, 10_000_000),
                        integer(merged, "event-flush-interval-ms", 10, 600_000),
                        integer(merged, "event-retention-days", 1, 3650)),
                new RocketConfig.Performance(switchOn(merged, "http-caching"), switchOn(merged, "query-cache"),
                        integer(merged, "query-cache-max-bytes", 1, Integer.MAX_VALUE),
                        switchOn(merged, "parallel-includes"), switchOn(merged, "batched-nested-writes")),
                new RocketConfig.Limits(integer(merged, "max-json-depth", 2, 1_000),
                        integer(merged, "max-expression-length", 16, 1_000_000),
                        integer(merged, "max-pattern-length", 1, 1_000_000)),
                EffectiveSettings.of(name -> text(merged, name)));
        SecurityChecks.require(config);
        return config;
    }

    /** A setting's value, else its default from the option table ({@code null}: unset). */
    private static String text(Map<String, String> values, String key) {
        String value = values.get(key);
        return value != null ? value : Options.named(key).defaultValue();
    }

    /** logback.xml names its appenders after the formats; any other value would leave the server without a log. */
    private static void requireLogFormat(String format) {
        if (format != null && !"text".equals(format) && !"json".equals(format)) {
            throw new ConfigException(Options.LOG_FORMAT + " must be text or json, got '" + format + "'");
        }
    }

    /** A scrape token is a password: short ones are guessed. */
    private static String metricsToken(String token) {
        if (token != null && token.strip().length() < MIN_METRICS_TOKEN_LENGTH) {
            throw new ConfigException("metrics-token must have at least " + MIN_METRICS_TOKEN_LENGTH + " characters");
        }
        return token == null ? null : token.strip();
    }

    /** A switch: {@code on}/{@code true} or {@code off}/{@code false}. */
    private static boolean switchOn(Map<String, String> values, String key) {
        String value = text(values, key).trim();
        if ("on".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("off".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return false;
        }
        throw new ConfigException(key + " must be on or off, got '" + value + "'");
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

    private static int integer(Map<String, String> values, String key, int min, int max) {
        String text = text(values, key);
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

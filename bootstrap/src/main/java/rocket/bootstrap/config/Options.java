package rocket.bootstrap.config;

import static rocket.bootstrap.config.Option.bare;
import static rocket.bootstrap.config.Option.secret;
import static rocket.bootstrap.config.Option.value;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The table of every setting: parsing of flags, environment and {@code app.yaml}, the unknown-name checks and
 * {@code rocket serve --help} all read it, so a setting cannot be known to one and missing from another.
 */
public final class Options {
    public static final List<Option> ALL = List.of(
            value("port", "PORT", "server.port", "8080", "HTTP port (0 = any free port)"),
            value("host", "ROCKET_HOST", "server.host", "127.0.0.1",
                    "bind address (0.0.0.0 serves every interface; a non-loopback bind refuses weak secrets)"),
            bare("dev", "ROCKET_DEV", "dev",
                    "development mode: seeded accounts get the password 'changeme', webhooks may call loopback; "
                            + "loopback bind only"),
            value("database-url", "DATABASE_URL", "database.url", null,
                    "external PostgreSQL (postgres://user:pass@host:5432/rocket, postgresql://..., "
                            + "jdbc:postgresql://...); unset: embedded PostgreSQL under <data-dir>/postgres"),
            value("database-replica-url", "ROCKET_DATABASE_REPLICA_URL", "database.replica_url", null,
                    "a streaming replica of the DATABASE_URL server (same URL forms; each app's database by its own "
                            + "name there): record reads outside a write go to it once it has replayed this "
                            + "instance's newest known commit; unset: every read goes to the primary"),
            value("data-dir", "ROCKET_DATA_DIR", "data_dir", "./data",
                    "where the embedded PostgreSQL, generated secrets and uploads live"),
            value("config", "ROCKET_CONFIG", null, "app.yaml",
                    "configuration file (an explicitly named file must exist)"),
            secret("platform-jwt-secret", "ROCKET_PLATFORM_JWT_SECRET", "platform_jwt_secret",
                    "HS256 secret of platform tokens; unset: generated into <data-dir>/secrets/ on first start"),
            secret("platform-admin-password", "ROCKET_PLATFORM_ADMIN_PASSWORD", "platform_admin_password",
                    "password of the first platform admin (12+ characters); unset: generated and printed once"),
            value("login-attempts-per-address", "ROCKET_LOGIN_ATTEMPTS_PER_ADDRESS",
                    "security.login_attempts_per_address", "30",
                    "login and refresh requests per client address per minute (1000000 with --dev); more are 429"),
            value("login-failures-per-account", "ROCKET_LOGIN_FAILURES_PER_ACCOUNT",
                    "security.login_failures_per_account", "5", "failed logins per account before a lockout"),
            value("embedded-fsync", "ROCKET_EMBEDDED_FSYNC", "database.embedded_fsync", "on",
                    "off: no fsync in the embedded PostgreSQL (test suites only: a crash can corrupt the data)"),
            value("pool-size", "ROCKET_POOL_SIZE", "database.pool_size", "50",
                    "max connections of the management pool (2-1000)"),
            value("app-pool-size", "ROCKET_APP_POOL_SIZE", "app_pool_size", "50",
                    "max connections of each app's pool (2-1000)"),
            value("app-pool-idle-timeout-ms", "ROCKET_APP_POOL_IDLE_TIMEOUT_MS", "database.app_pool_idle_timeout_ms",
                    "30000", "an app's pooled connection idle this long is closed (10000-3600000)"),
            value("db-connect-timeout-ms", "ROCKET_DB_CONNECT_TIMEOUT_MS", "database.connect_timeout_ms", "10000",
                    "the start fails when the database does not answer within this (1000-600000)"),
            value("db-acquire-timeout-ms", "ROCKET_DB_ACQUIRE_TIMEOUT_MS", "database.acquire_timeout_ms", "3000",
                    "how long a request waits for a pooled connection; then 503"),
            value("db-statement-timeout-ms", "ROCKET_DB_STATEMENT_TIMEOUT_MS", "database.statement_timeout_ms",
                    "30000", "longest a single SQL statement may run (0 = unlimited); then 503"),
            value("max-body-bytes", "ROCKET_MAX_BODY_BYTES", "server.max_body_bytes", "5242880",
                    "largest JSON request body; larger is 413"),
            value("max-file-bytes", "ROCKET_MAX_FILE_SIZE", "storage.max_file_size", "10485760",
                    "largest upload; larger is 413"),
            value("storage-driver", "ROCKET_STORAGE_DRIVER", "storage.driver", "local",
                    "where uploaded files are kept: local (a directory) or s3 (an S3-compatible bucket)"),
            value("storage-dir", "ROCKET_STORAGE_DIR", "storage.local_path", null,
                    "local driver: where uploaded files are kept; unset: <data-dir>/uploads"),
            value("storage-s3-bucket", "ROCKET_STORAGE_S3_BUCKET", "storage.s3.bucket", null,
                    "s3 driver: the bucket (required); objects are <app>/<file id>"),
            value("storage-s3-region", "ROCKET_STORAGE_S3_REGION", "storage.s3.region", null,
                    "s3 driver: the bucket's region; unset: the AWS SDK's (AWS_REGION, the AWS profile)"),
            value("storage-s3-endpoint", "ROCKET_STORAGE_S3_ENDPOINT", "storage.s3.endpoint", null,
                    "s3 driver: URL of an S3-compatible service (MinIO, R2, ...); unset: AWS"),
            value("storage-s3-path-style", "ROCKET_STORAGE_S3_PATH_STYLE", "storage.s3.path_style", "off",
                    "s3 driver: address the bucket in the path (http://host/bucket/key), as MinIO needs"),
            value("webhook-allowed-env", "ROCKET_WEBHOOK_ALLOWED_ENV", "webhooks.allowed_env", "",
                    "comma-separated variables webhook headers may name as {{env.NAME}}, besides ROCKET_WEBHOOK_ENV_*"),
            value("webhook-allow-private", "ROCKET_WEBHOOK_ALLOW_PRIVATE", "webhooks.allow_private", "off",
                    "webhooks and the AI endpoint may call private network addresses"),
            value("webhook-concurrency", "ROCKET_WEBHOOK_CONCURRENCY", "webhooks.concurrency", "16",
                    "most webhook deliveries in flight at once"),
            value("webhook-sync-timeout-ms", "ROCKET_WEBHOOK_SYNC_TIMEOUT_MS", "webhooks.sync_timeout_ms", "5000",
                    "timeout of synchronous (veto) webhooks"),
            value("webhook-retry-base-ms", "ROCKET_WEBHOOK_RETRY_BASE_MS", "webhooks.retry_base_ms", "30000",
                    "first retry delay; later retries wait base x 2^attempt"),
            value("webhook-poll-interval-ms", "ROCKET_WEBHOOK_POLL_INTERVAL_MS", "webhooks.poll_interval_ms", "1000",
                    "how often the dispatcher looks for due deliveries"),
            value("webhook-lease-ms", "ROCKET_WEBHOOK_LEASE_MS", "webhooks.lease_ms", "90000",
                    "a claimed delivery not answered within this is sent again, by any instance (1000 and up); "
                            + "keep it above the 30 s delivery timeout, or a slow delivery is sent twice"),
            value("webhook-dispatcher", "ROCKET_WEBHOOK_DISPATCHER", "webhooks.dispatcher", "on",
                    "off keeps deliveries queued (API-only instances)"),
            value("ai-base-url", "ROCKET_AI_BASE_URL", "ai.base_url", null,
                    "OpenAI-compatible endpoint of the schema generator (needs the key and model too)"),
            secret("ai-api-key", "ROCKET_AI_API_KEY", "ai.api_key", "API key of the AI endpoint"),
            value("ai-model", "ROCKET_AI_MODEL", "ai.model", null, "model name at the AI endpoint"),
            value("ai-timeout-ms", "ROCKET_AI_TIMEOUT_MS", "ai.timeout_ms", "60000", "how long to wait for the model"),
            value("events", "ROCKET_EVENTS", "instrumentation.enabled", "on", "record request spans and business events"),
            value("event-sampling-rate", "ROCKET_EVENT_SAMPLING_RATE", "instrumentation.sampling_rate", "1.0",
                    "share of requests traced (0-1)"),
            value("event-buffer-size", "ROCKET_EVENT_BUFFER_SIZE", "instrumentation.buffer_size", "10000",
                    "events waiting for the flush; beyond that they are dropped and counted"),
            value("event-flush-interval-ms", "ROCKET_EVENT_FLUSH_INTERVAL_MS", "instrumentation.flush_interval_ms",
                    "100", "how often the event buffer is written"),
            value("event-retention-days", "ROCKET_EVENT_RETENTION_DAYS", "instrumentation.retention_days", "7",
                    "an hourly job deletes older events"),
            value("workflow-timeout-interval-ms", "ROCKET_WORKFLOW_TIMEOUT_INTERVAL_MS", "workflows.timeout_interval_ms",
                    "60000", "how often approval timeouts are checked"),
            value("http-caching", "ROCKET_HTTP_CACHING", "performance.http_caching", "on",
                    "ETag and 304 on record reads"),
            value("query-cache", "ROCKET_QUERY_CACHE", "performance.query_cache", "on",
                    "in-process result cache of record reads"),
            value("query-cache-max-bytes", "ROCKET_QUERY_CACHE_MAX_BYTES", "performance.query_cache_max_bytes",
                    "104857600", "bound of the result cache, in estimated bytes"),
            value("parallel-includes", "ROCKET_PARALLEL_INCLUDES", "performance.parallel_includes", "on",
                    "include queries of one read run concurrently"),
            value("batched-nested-writes", "ROCKET_BATCHED_NESTED_WRITES", "performance.batched_nested_writes", "on",
                    "children of one relation written as one multi-row statement"),
            value("max-json-depth", "ROCKET_MAX_JSON_DEPTH", "limits.max_json_depth", "64",
                    "deepest nesting of a JSON request body (2-1000)"),
            value("max-expression-length", "ROCKET_MAX_EXPRESSION_LENGTH", "limits.max_expression_length", "4096",
                    "longest rule, guard or condition expression, in characters"),
            value("max-pattern-length", "ROCKET_MAX_PATTERN_LENGTH", "limits.max_pattern_length", "100",
                    "longest like pattern of a list filter"),
            secret("metrics-token", "ROCKET_METRICS_TOKEN", "metrics.token",
                    "static bearer token (16+ characters) that may scrape /api/_platform/metrics; unset: platform "
                            + "token only"),
            value("metrics-port", "ROCKET_METRICS_PORT", "metrics.port", null,
                    "separate port serving GET /metrics without auth, on --host; unset: none"),
            value("cors-origins", "ROCKET_CORS_ORIGINS", "server.cors_origins", null,
                    "comma list of exact origins (https://admin.example.com) allowed cross-origin requests; "
                            + "* only with --dev; unset: none"),
            value("change-stream-heartbeat-millis", "ROCKET_CHANGE_STREAM_HEARTBEAT_MILLIS",
                    "server.change_stream_heartbeat_millis", "15000",
                    "longest silence of a change stream before it sends a heartbeat comment (100-25000)"),
            value("change-stream-send-timeout-millis", "ROCKET_CHANGE_STREAM_SEND_TIMEOUT_MILLIS",
                    "server.change_stream_send_timeout_millis", "30000",
                    "a change stream whose client takes nothing for this long is closed (200-600000; above the "
                            + "heartbeat)"));

    /** Read by logback.xml; checked by the configuration, so a typo is an error rather than no log at all. */
    static final String LOG_FORMAT = "ROCKET_LOG_FORMAT";

    /**
     * Environment variables read outside the server's configuration (the launcher, logging), known so that they are
     * not reported as typos; name → what reads it.
     */
    public static final Map<String, String> OTHER_VARIABLES = Map.of(
            "ROCKET_JAVA_OPTS", "extra JVM options for bin/rocket serve (e.g. -Xmx2g)",
            "ROCKET_HTTP_LOG_LEVEL", "level of the access log lines (logger rocket.http; default INFO)",
            LOG_FORMAT, "log line format: text (default) or json (one JSON object per line)");

    private static final Map<String, Option> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Option::name, Function.identity()));
    private static final Map<String, Option> BY_ENV = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Option::env, Function.identity()));

    private Options() {
    }

    /** The option of a name the code uses; a name missing from the table is a programming error. */
    static Option named(String name) {
        Option option = BY_NAME.get(name);
        if (option == null) {
            throw new IllegalStateException("No option " + name + " in the option table");
        }
        return option;
    }

    static Optional<Option> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static Optional<Option> byEnv(String variable) {
        return Optional.ofNullable(BY_ENV.get(variable));
    }
}

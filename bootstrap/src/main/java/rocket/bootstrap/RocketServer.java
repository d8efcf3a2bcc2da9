package rocket.bootstrap;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.auth.AccountSeeder;
import rocket.bootstrap.config.DatabaseUrl;
import rocket.bootstrap.config.RocketConfig;
import rocket.bootstrap.config.SecretFiles;
import rocket.bootstrap.config.StartFailure;
import rocket.domain.error.RocketException;
import rocket.bootstrap.database.EmbeddedDatabase;
import rocket.bootstrap.wiring.DaggerRocketComponent;
import rocket.bootstrap.wiring.RocketComponent;

/** A running Rocket: database (embedded or external), object graph and HTTP server, stopped in reverse order. */
public final class RocketServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RocketServer.class);
    private static final int EMBEDDED_MAX_CONNECTIONS = 300;
    private static final int WEBHOOK_STOP_SECONDS = 5;
    /** Where the generated platform JWT secret is kept, under {@code <data-dir>/secrets/}. */
    public static final String PLATFORM_SECRET_FILE = "platform-jwt-secret";

    private final EmbeddedDatabase embedded;
    private final RocketComponent component;
    private final BackgroundJobs jobs;
    private final JvmMeters jvmMeters;
    private final int port;
    private final String startupLine;
    private boolean closed;

    private RocketServer(EmbeddedDatabase embedded, RocketComponent component, BackgroundJobs jobs,
                         JvmMeters jvmMeters, int port, String startupLine) {
        this.embedded = embedded;
        this.component = component;
        this.jobs = jobs;
        this.jvmMeters = jvmMeters;
        this.port = port;
        this.startupLine = startupLine;
    }

    public static RocketServer start(RocketConfig configured) {
        RocketConfig config = withPlatformSecret(configured);
        EmbeddedDatabase embedded = config.database().embedded() ? EmbeddedDatabase.start(config.database().dataDir(),
                EMBEDDED_MAX_CONNECTIONS, config.database().embeddedFsync()) : null;
        RocketComponent component = null;
        BackgroundJobs jobs = null;
        boolean opened = false;
        JvmMeters jvmMeters = null;
        try {
            PostgresSettings primary = postgresSettings(config, embedded);
            component = DaggerRocketComponent.factory().create(config, primary, replicaSettings(config, primary));
            openManagementDatabase(component);
            opened = true;
            component.accountSeeder().seedIfEmpty(component.managementDatabase().platformUsers(),
                    AccountSeeder.PLATFORM_ADMIN_EMAIL, List.of("platform_admin"), "platform",
                    config.security().platformAdminPassword());
            if (config.security().dev()) {
                LoggerFactory.getLogger(AccountSeeder.DEVELOPMENT_WARNINGS).warn("SECURITY: development mode "
                        + "(ROCKET_DEV): fixed seeded passwords and loopback webhook targets; never use it for real data");
            }
            WebhookMeters.register(component.meterRegistry(), component.webhookDispatcher(),
                    component.webhookWorkers());
            ChangeStreamMeters.register(component.meterRegistry(), component.changeStreams());
            jvmMeters = JvmMeters.bindTo(component.meterRegistry());
            component.appRegistry().loadActiveApps();
            jobs = new BackgroundJobs();
            jobs.every(config.workflowTimeoutIntervalMillis(), component.workflowTimeoutJob());
            jobs.every(Duration.ofHours(1).toMillis(), component.changeLogRetentionJob());
            if (config.events().enabled()) {
                EventMeters.register(component.meterRegistry(), component.eventBuffer());
                jobs.every(config.events().flushIntervalMillis(), component.eventBuffer());
                component.eventBuffer().onBacklog(jobs.coalescing("rocket-event-flush", component.eventBuffer()));
                jobs.every(Duration.ofHours(1).toMillis(), component.eventRetentionJob());
            }
            if (config.webhooks().dispatcherEnabled()) {
                Runnable pass = jobs.coalescing("rocket-webhook-dispatch", component.webhookDispatcher());
                component.webhookDispatcher().onNudge(pass);
                component.webhookDispatcher().start(Thread.ofPlatform().daemon().name("rocket-webhook-outcomes")
                        .factory());
                jobs.every(config.webhooks().pollIntervalMillis(), pass);
            }
            int port = component.httpServer().start();
            String startupLine = StartupLine.of(config, port, component.managementDatabase().serverVersion());
            LOG.info(startupLine);
            if (component.httpServer().metricsPort() != -1) {
                LOG.info("Metrics on http://{}:{}/metrics (no auth)", config.server().host(),
                        component.httpServer().metricsPort());
            }
            return new RocketServer(embedded, component, jobs, jvmMeters, port, startupLine);
        } catch (RuntimeException e) {
            if (jobs != null) {
                jobs.close();
            }
            if (jvmMeters != null) {
                jvmMeters.close();
            }
            shutdown(opened ? component : null, embedded); // unopened: every step would try the database again
            throw e;
        }
    }

    /** First, and once: an unreachable or refusing database fails the start here, as one line. */
    private static void openManagementDatabase(RocketComponent component) {
        try {
            component.managementDatabase();
        } catch (RocketException e) {
            throw new StartFailure(e.getMessage(), e);
        }
    }

    /** The configured platform secret, else the one generated into the data directory on first start. */
    private static RocketConfig withPlatformSecret(RocketConfig config) {
        if (config.security().platformJwtSecret() != null) {
            return config;
        }
        return config.withPlatformJwtSecret(new SecretFiles(config.database().dataDir()).readOrCreate(PLATFORM_SECRET_FILE));
    }

    private static PostgresSettings postgresSettings(RocketConfig config, EmbeddedDatabase embedded) {
        RocketConfig.Database database = config.database();
        var pools = new PostgresSettings.Pools(database.poolSize(), database.appPoolSize(),
                Duration.ofMillis(database.acquireTimeoutMillis()), Duration.ofMillis(database.statementTimeoutMillis()),
                Duration.ofMillis(database.connectTimeoutMillis()), Duration.ofMillis(database.appIdleTimeoutMillis()));
        if (embedded != null) {
            return new PostgresSettings("127.0.0.1", embedded.port(), EmbeddedDatabase.USER, embedded.password(),
                    "rocket", Map.of(), pools);
        }
        DatabaseUrl url = DatabaseUrl.parse(database.url());
        return new PostgresSettings(url.host(), url.port(), url.user(), url.password(), url.database(),
                withConnectTimeouts(url.parameters(), database.connectTimeoutMillis()), pools);
    }

    /** The read replica's server: its address, user and driver parameters; database names and pools as the primary's. */
    private static Optional<PostgresSettings> replicaSettings(RocketConfig config, PostgresSettings primary) {
        String replicaUrl = config.database().replicaUrl();
        if (replicaUrl == null || replicaUrl.isBlank()) {
            return Optional.empty();
        }
        DatabaseUrl url = DatabaseUrl.parse(replicaUrl);
        return Optional.of(new PostgresSettings(url.host(), url.port(), url.user(), url.password(),
                primary.managementDatabase(), withConnectTimeouts(url.parameters(),
                config.database().connectTimeoutMillis()), primary.pools()));
    }

    /**
     * The driver's TCP connect and login waits bounded by the connect timeout (whole seconds, at least one), unless
     * the URL sets them: a server that does not answer fails the start in time instead of hanging.
     */
    private static Map<String, String> withConnectTimeouts(Map<String, String> parameters, int timeoutMillis) {
        String seconds = String.valueOf(Math.max(1, (timeoutMillis + 999) / 1000));
        Map<String, String> bounded = new java.util.HashMap<>(parameters);
        bounded.putIfAbsent("connectTimeout", seconds);
        bounded.putIfAbsent("loginTimeout", seconds);
        return bounded;
    }

    /** What the start logged at INFO: versions, address and the effective settings (secrets masked). */
    public String startupLine() {
        return startupLine;
    }

    public int port() {
        return port;
    }

    /** The separate metrics port, or -1 when {@code ROCKET_METRICS_PORT} is unset. */
    public int metricsPort() {
        return component.httpServer().metricsPort();
    }

    /** Graceful stop: no new connections, in-flight requests finish, then pools and the database close. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Stopping Rocket");
        jobs.close();
        jvmMeters.close();
        shutdown(component, embedded);
    }

    private static void shutdown(RocketComponent component, EmbeddedDatabase embedded) {
        if (component != null) {
            runQuietly(() -> component.changeStreams().close()); // open streams would hold the graceful stop
            runQuietly(() -> component.httpServer().stop());
            runQuietly(() -> component.eventBuffer().run()); // last flush: events of finished requests are kept
            runQuietly(() -> component.fireAndForgetPool().shutdownNow());
            runQuietly(() -> stopWebhooks(component)); // before the app pools close: outcomes are recorded
            runQuietly(() -> component.changeFeed().close());
            runQuietly(() -> component.appRegistry().close());
            runQuietly(() -> component.managementDatabase().close());
        }
        if (embedded != null) {
            runQuietly(embedded::close);
        }
    }

    /**
     * Deliveries in flight get a few seconds to finish, then every outcome that arrived is recorded; what is still
     * being sent, and everything unclaimed, waits in the outbox (a late answer means a resend after the lease).
     */
    private static void stopWebhooks(RocketComponent component) {
        var workers = component.webhookWorkers();
        workers.shutdown();
        try {
            workers.awaitTermination(WEBHOOK_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        component.webhookDispatcher().close();
    }

    private static void runQuietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.warn("Shutdown step failed: {}", e.getMessage());
        }
    }
}

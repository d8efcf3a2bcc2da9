package rocket.bootstrap;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.service.AccountSeeder;
import rocket.bootstrap.config.DatabaseUrl;
import rocket.bootstrap.config.RocketConfig;
import rocket.bootstrap.database.EmbeddedDatabase;
import rocket.bootstrap.wiring.DaggerRocketComponent;
import rocket.bootstrap.wiring.RocketComponent;

/** A running Rocket: database (embedded or external), object graph and HTTP server, stopped in reverse order. */
public final class RocketServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RocketServer.class);
    private static final int EMBEDDED_MAX_CONNECTIONS = 300;

    private final EmbeddedDatabase embedded;
    private final RocketComponent component;
    private final BackgroundJobs jobs;
    private final int port;
    private boolean closed;

    private RocketServer(EmbeddedDatabase embedded, RocketComponent component, BackgroundJobs jobs, int port) {
        this.embedded = embedded;
        this.component = component;
        this.jobs = jobs;
        this.port = port;
    }

    public static RocketServer start(RocketConfig config) {
        EmbeddedDatabase embedded = config.database().embedded()
                ? EmbeddedDatabase.start(config.database().dataDir(), EMBEDDED_MAX_CONNECTIONS) : null;
        RocketComponent component = null;
        BackgroundJobs jobs = null;
        try {
            component = DaggerRocketComponent.factory().create(config, postgresSettings(config, embedded));
            component.accountSeeder().seedIfEmpty(component.managementDatabase().platformUsers(),
                    AccountSeeder.PLATFORM_ADMIN_EMAIL, List.of("platform_admin"), "platform");
            if (RocketConfig.DEFAULT_PLATFORM_SECRET.equals(config.platformJwtSecret())) {
                LOG.warn("SECURITY: the platform JWT secret is the public default; set ROCKET_PLATFORM_JWT_SECRET");
            }
            WebhookMeters.register(component.meterRegistry(), component.webhookDispatcher(),
                    component.webhookWorkers());
            component.appRegistry().loadActiveApps();
            jobs = new BackgroundJobs();
            jobs.every(config.workflowTimeoutIntervalMillis(), component.workflowTimeoutJob());
            if (config.events().enabled()) {
                jobs.every(config.events().flushIntervalMillis(), component.eventBuffer());
                component.eventBuffer().onBacklog(jobs.coalescing("rocket-event-flush", component.eventBuffer()));
                jobs.every(Duration.ofHours(1).toMillis(), component.eventRetentionJob());
            }
            if (config.webhooks().dispatcherEnabled()) {
                Runnable pass = jobs.coalescing("rocket-webhook-dispatch", component.webhookDispatcher());
                component.webhookDispatcher().onNudge(pass);
                jobs.every(config.webhooks().pollIntervalMillis(), pass);
            }
            int port = component.httpServer().start();
            LOG.info("Rocket listening on http://{}:{} ({})", config.server().host(), port, config);
            return new RocketServer(embedded, component, jobs, port);
        } catch (RuntimeException e) {
            if (jobs != null) {
                jobs.close();
            }
            shutdown(component, embedded);
            throw e;
        }
    }

    private static PostgresSettings postgresSettings(RocketConfig config, EmbeddedDatabase embedded) {
        if (embedded != null) {
            return new PostgresSettings("127.0.0.1", embedded.port(), "postgres", "", "rocket", config.database().poolSize(),
                    config.database().appPoolSize());
        }
        DatabaseUrl url = DatabaseUrl.parse(config.database().url());
        return new PostgresSettings(url.host(), url.port(), url.user(), url.password(), url.database(),
                config.database().poolSize(), config.database().appPoolSize());
    }

    public int port() {
        return port;
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
        shutdown(component, embedded);
    }

    private static void shutdown(RocketComponent component, EmbeddedDatabase embedded) {
        if (component != null) {
            runQuietly(() -> component.httpServer().stop());
            runQuietly(() -> component.eventBuffer().run()); // last flush: events of finished requests are kept
            runQuietly(() -> component.fireAndForgetPool().shutdownNow());
            runQuietly(() -> component.webhookWorkers().shutdown()); // deliveries in flight finish; the rest wait in the outbox
            runQuietly(() -> component.changeFeed().close());
            runQuietly(() -> component.appRegistry().close());
            runQuietly(() -> component.managementDatabase().close());
        }
        if (embedded != null) {
            runQuietly(embedded::close);
        }
    }

    private static void runQuietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.warn("Shutdown step failed: {}", e.getMessage());
        }
    }
}

package rocket.adapters.http;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;
import rocket.adapters.http.routes.AdminMetadataRoutes;
import rocket.adapters.http.routes.AiRoutes;
import rocket.adapters.http.routes.ChangeStreamRoutes;
import rocket.adapters.http.routes.DefinitionRoutes;
import rocket.adapters.http.routes.AdminUserRoutes;
import rocket.adapters.http.routes.EventRoutes;
import rocket.adapters.http.routes.ExportImportRoutes;
import rocket.adapters.http.routes.FileRoutes;
import rocket.adapters.http.routes.HealthRoutes;
import rocket.adapters.http.routes.MetricsRoutes;
import rocket.adapters.http.routes.OpenApiRoutes;
import rocket.adapters.http.routes.RecordRoutes;
import rocket.adapters.http.routes.InviteRoutes;
import rocket.adapters.http.routes.PlatformAppRoutes;
import rocket.adapters.http.routes.RouteGroup;
import rocket.adapters.http.routes.SessionRoutes;
import rocket.adapters.http.routes.UiConfigReadRoutes;
import rocket.adapters.http.routes.WebhookLogRoutes;
import rocket.adapters.http.routes.WorkflowRuntimeRoutes;
import rocket.adapters.http.support.Cors;
import rocket.adapters.http.support.ErrorResponses;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JettyErrors;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.QueryStrings;
import rocket.adapters.http.support.RequestTimers;
import rocket.adapters.http.support.RequestTracing;
import rocket.adapters.http.support.ScrapeToken;
import rocket.adapters.http.security.LoginThrottle;

/** The HTTP server: Javalin on virtual threads with every route group of the contract. */
public final class RocketHttpServer {
    private static final long STOP_TIMEOUT_MILLIS = 20_000;
    private final Javalin javalin;
    private final MetricsPortServer metricsPort;
    private volatile int metricsBoundPort = HttpSettings.NO_PORT;

    public RocketHttpServer(HttpSettings settings, UseCases useCases, PrometheusMeterRegistry metrics) {
        var bodies = new JsonBodies(settings.maxBodyBytes(), settings.maxJsonDepth());
        var guard = new Guard(useCases.authenticate());
        var sessions = new SessionRoutes.Sessions(useCases.login(), useCases.refresh(), useCases.logout());
        var throttle = new LoginThrottle(settings.loginAttemptsPerAddressPerMinute(), settings.loginFailuresPerAccount());
        // Order matters: /api/_platform/... must be matched before /api/{app}/...
        List<RouteGroup> groups = List.of(
                new HealthRoutes(useCases.readiness()),
                new MetricsRoutes(metrics, new ScrapeToken(settings.metricsToken()), guard),
                SessionRoutes.platform(sessions, bodies, throttle),
                new PlatformAppRoutes(new PlatformAppRoutes.Apps(useCases.listApps(), useCases.getApp(),
                        useCases.createApp(), useCases.deleteApp()), bodies, guard),
                SessionRoutes.app(sessions, useCases.resolveApp(), bodies, throttle),
                new AdminUserRoutes(useCases.listUsers(), useCases.manageUsers(), bodies, guard),
                new InviteRoutes(useCases.manageInvites(), useCases.acceptInvite(), useCases.resolveApp(), bodies,
                        guard),
                new UiConfigReadRoutes(useCases.readUiConfigs(), guard),
                new AdminMetadataRoutes(useCases.manageMetadata(), bodies, guard),
                new DefinitionRoutes(useCases.manageDefinitions(), bodies, guard),
                new WorkflowRuntimeRoutes(useCases.workflowRuntime(), guard),
                new FileRoutes(useCases.files(), guard, settings.maxFileBytes()),
                new WebhookLogRoutes(useCases.manageWebhookLogs(), guard),
                new ExportImportRoutes(useCases.exportImport(), bodies, guard),
                new AiRoutes(useCases.aiSchema(), bodies, guard),
                new EventRoutes(useCases.events(), bodies, guard),
                new OpenApiRoutes(useCases.describeApi(), guard),
                new ChangeStreamRoutes(useCases.changeStreams(), guard, settings.changeStreamHeartbeat(),
                        settings.changeStreamSendTimeout()),
                new RecordRoutes(useCases.records(), bodies, guard)); // last: /{entity} must not shadow reserved paths
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            config.router.ignoreTrailingSlashes = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            // multipart parts spill to disk beyond 64 KiB; the storage adapter enforces the exact file limit
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
            config.jetty.multipartConfig.maxFileSize(settings.maxFileBytes() + 1024 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxFileBytes() + 2 * 1024 * 1024, SizeUnit.BYTES);
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            // On stop, refuse new connections and let in-flight requests finish (up to the timeout).
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setHandler(new GracefulHandler());
                server.setErrorHandler(new JettyErrors()); // Jetty's own 400/414/431 in the JSON envelope
            });
            RequestTracing.install(config, useCases.events());
            Cors.install(config, settings.corsOrigins()); // after tracing: a preflight answer has its trace id too
            var timers = new RequestTimers(metrics);
            config.requestLogger.http((ctx, millis) -> {
                timers.record(ctx, millis);
                RequestTracing.logAndUnbind(ctx, millis);
            });
            ErrorResponses.install(config);
            QueryStrings.install(config);
            groups.forEach(group -> group.register(config.routes));
        });
        this.metricsPort = settings.metricsPort() == HttpSettings.NO_PORT ? null
                : new MetricsPortServer(settings.host(), settings.metricsPort(), metrics);
    }

    /** Starts listening; returns the bound port (useful when the configured port is 0). */
    public int start() {
        javalin.start();
        if (metricsPort != null) {
            metricsBoundPort = metricsPort.start();
        }
        return javalin.port();
    }

    /** The bound metrics port after {@link #start}, or {@link HttpSettings#NO_PORT} when there is none. */
    public int metricsPort() {
        return metricsBoundPort;
    }

    /** Stops accepting connections and lets in-flight requests finish. */
    public void stop() {
        if (metricsPort != null) {
            metricsPort.stop();
        }
        javalin.stop();
    }
}

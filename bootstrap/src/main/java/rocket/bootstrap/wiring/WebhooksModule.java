package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.webhooks.WebhookActions;
import rocket.application.webhooks.WebhookDispatcher;
import rocket.application.webhooks.WebhookEnvironment;
import rocket.application.webhooks.WebhookFiring;
import rocket.application.webhooks.WebhookLogService;
import rocket.application.webhooks.WebhookSettings;
import rocket.application.webhooks.WebhookStores;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.bootstrap.config.RocketConfig;
import rocket.domain.outbound.OutboundTargetPolicy;

/** Wires webhook firing, the outbox dispatcher with its bounded workers, webhook actions and the target policy. */
@Module
public interface WebhooksModule {
    @Provides
    @Singleton
    static WebhookEnvironment webhookEnvironment(RocketConfig config) {
        return new WebhookEnvironment(RocketConfig.Webhooks.ENV_PREFIX, config.webhooks().environment());
    }

    /** Loopback targets only in development; private ranges only when the operator allows them. */
    @Provides
    @Singleton
    static OutboundTargetPolicy outboundTargetPolicy(RocketConfig config) {
        return new OutboundTargetPolicy(config.security().dev(), config.webhooks().allowPrivateTargets());
    }

    @Provides
    @Singleton
    static WebhookSettings webhookSettings(RocketConfig config) {
        return new WebhookSettings(Duration.ofMillis(config.webhooks().syncTimeoutMillis()), Duration.ofSeconds(30),
                Duration.ofMillis(config.webhooks().retryBaseMillis()),
                Duration.ofMillis(config.webhooks().leaseMillis()),
                config.webhooks().concurrency(), Duration.ofMillis(config.webhooks().pollIntervalMillis()));
    }

    @Provides
    @Singleton
    static AppStores<WebhookStores> webhookStores(AppRegistry apps) {
        return app -> storesOf(apps.resolve(app).database());
    }

    @Provides
    @Singleton
    static WebhookFiring webhookFiring(AppStores<WebhookStores> stores, WebhookSender sender,
                                       WebhookEnvironment environment, WebhookSettings settings, Clock clock) {
        return new WebhookFiring(stores, sender, environment, settings, clock);
    }

    private static WebhookStores storesOf(AppDatabase database) {
        return new WebhookStores(database.webhookLogs(), database.transactions());
    }

    /**
     * As many workers as the dispatcher's concurrency, and room for all of its claim slots to wait: a worker that has
     * finished a delivery still counts as busy for a moment after its slot went back, so a queue of only the other
     * slots refused deliveries under load (they then waited for their lease).
     */
    @Provides
    @Singleton
    @Named("webhookWorkers")
    static ThreadPoolExecutor webhookWorkers(WebhookSettings settings) {
        return new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WebhookDispatcher.claimSlots(settings)),
                Thread.ofVirtual().name("rocket-webhook-", 0).factory(), new ThreadPoolExecutor.AbortPolicy());
    }

    /** The dispatcher never loads an app (see {@link AppRegistry#loadedContext}). */
    @Provides
    @Singleton
    static WebhookDispatcher webhookDispatcher(LoadedApps loaded, AppRegistry apps, WebhookSender sender,
                                               WebhookEnvironment environment, WebhookSettings settings, Clock clock,
                                               @Named("webhookWorkers") ThreadPoolExecutor workers,
                                               MeterRegistry registry) {
        return new WebhookDispatcher(loaded, app -> storesOf(apps.loadedContext(app).database()), sender,
                environment, settings, clock, workers, new MicrometerDeliveryMeter(registry));
    }

    @Provides
    @Singleton
    static WebhookLogService webhookLogService(AppStores<WebhookStores> stores, WebhookDispatcher dispatcher,
                                               Clock clock) {
        return new WebhookLogService(stores, dispatcher, clock);
    }

    /** Bounded: at most 8 concurrent fire-and-forget calls and 1000 waiting; beyond that calls are dropped and logged. */
    @Provides
    @Singleton
    @Named("fireAndForget")
    static ThreadPoolExecutor fireAndForgetPool() {
        return new ThreadPoolExecutor(2, 8, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000),
                Thread.ofVirtual().name("rocket-webhook-action-", 0).factory(), new ThreadPoolExecutor.AbortPolicy());
    }

    @Provides
    @Singleton
    static WebhookActions webhookActions(WebhookSender sender, @Named("fireAndForget") ThreadPoolExecutor fireAndForgetPool) {
        return new WebhookActions(sender, fireAndForgetPool);
    }
}

package rocket.bootstrap.wiring;

import dagger.BindsInstance;
import dagger.Component;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import rocket.adapters.http.RocketHttpServer;
import rocket.adapters.persistence.ManagementDatabase;
import rocket.adapters.persistence.changes.PostgresChangeFeed;
import java.util.Optional;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.apps.AppRegistry;
import rocket.application.auth.AccountSeeder;
import rocket.application.events.EventBuffer;
import rocket.application.events.EventRetentionJob;
import rocket.application.records.stream.ChangeLogRetentionJob;
import rocket.application.records.stream.ChangeStreams;
import rocket.application.webhooks.WebhookDispatcher;
import rocket.application.webhooks.WebhookSettings;
import rocket.application.workflows.WorkflowTimeoutJob;
import rocket.bootstrap.config.RocketConfig;

/** The object graph of one running server. */
@Singleton
@Component(modules = {PersistenceModule.class, ApplicationModule.class, HttpModule.class, ExpressionsModule.class,
        StorageModule.class, MetricsModule.class, HealthModule.class})
public interface RocketComponent {
    RocketHttpServer httpServer();

    AppRegistry appRegistry();

    ManagementDatabase managementDatabase();

    AccountSeeder accountSeeder();

    WorkflowTimeoutJob workflowTimeoutJob();

    @Named("fireAndForget")
    java.util.concurrent.ThreadPoolExecutor fireAndForgetPool();

    @Named("webhookWorkers")
    java.util.concurrent.ThreadPoolExecutor webhookWorkers();

    WebhookDispatcher webhookDispatcher();

    WebhookSettings webhookSettings();

    EventBuffer eventBuffer();

    EventRetentionJob eventRetentionJob();

    PostgresChangeFeed changeFeed();

    ChangeStreams changeStreams();

    ChangeLogRetentionJob changeLogRetentionJob();

    MeterRegistry meterRegistry();

    /** Builds the graph for a configuration and a reachable PostgreSQL server. */
    @Component.Factory
    interface Factory {
        RocketComponent create(@BindsInstance RocketConfig config, @BindsInstance PostgresSettings postgres,
                               @BindsInstance Optional<PostgresSettings> replica);
    }
}

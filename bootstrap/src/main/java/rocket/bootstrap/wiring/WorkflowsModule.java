package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.records.write.WritePipeline;
import rocket.application.webhooks.WebhookActions;
import rocket.application.workflows.WorkflowEngine;
import rocket.application.workflows.WorkflowRuntimeService;
import rocket.application.workflows.WorkflowStores;
import rocket.application.workflows.WorkflowTimeoutJob;

/** Wires the workflow engine, its runtime service and the approval-timeout job. */
@Module
public interface WorkflowsModule {
    @Provides
    @Singleton
    static AppStores<WorkflowStores> workflowStores(AppRegistry apps) {
        return app -> {
            AppDatabase database = apps.resolve(app).database();
            return new WorkflowStores(database.workflowInstances(), database.records(), database.transactions());
        };
    }

    @Provides
    @Singleton
    static WorkflowEngine workflowEngine(AppStores<WorkflowStores> stores, Clock clock, WebhookActions webhooks,
                                         WritePipeline writes) {
        return new WorkflowEngine(stores, clock, webhooks, writes);
    }

    @Provides
    @Singleton
    static WorkflowRuntimeService workflowRuntimeService(AppRegistry apps, AppStores<WorkflowStores> stores,
                                                         WorkflowEngine engine) {
        return new WorkflowRuntimeService(apps::resolve, stores, engine);
    }

    @Provides
    @Singleton
    static WorkflowTimeoutJob workflowTimeoutJob(LoadedApps loaded, AppRegistry apps,
                                                 AppStores<WorkflowStores> stores, WorkflowEngine engine) {
        return new WorkflowTimeoutJob(loaded, apps::resolve, stores, engine);
    }
}

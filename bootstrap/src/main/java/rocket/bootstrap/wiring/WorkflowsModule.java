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
        return app -> storesOf(apps.resolve(app).database());
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

    /** The job never loads an app (see {@link AppRegistry#loadedContext}). */
    @Provides
    @Singleton
    static WorkflowTimeoutJob workflowTimeoutJob(LoadedApps loaded, AppRegistry apps, WorkflowEngine engine) {
        return new WorkflowTimeoutJob(loaded, apps::loadedContext,
                app -> storesOf(apps.loadedContext(app).database()), engine);
    }

    private static WorkflowStores storesOf(AppDatabase database) {
        return new WorkflowStores(database.workflowInstances(), database.records(), database.transactions(),
                database.users());
    }
}

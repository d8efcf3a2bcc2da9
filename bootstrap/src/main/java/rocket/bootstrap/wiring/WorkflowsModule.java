package rocket.bootstrap.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import java.time.Clock;
import rocket.application.apps.AppRegistry;
import rocket.application.records.write.WritePipeline;
import rocket.application.webhooks.WebhookActions;
import rocket.application.workflows.WorkflowEngine;
import rocket.application.workflows.WorkflowRuntimeService;
import rocket.application.workflows.WorkflowTimeoutJob;

/** Wires the workflow engine, its runtime service and the approval-timeout job. */
@Module
public interface WorkflowsModule {
    @Provides
    @Singleton
    static WorkflowEngine workflowEngine(Clock clock, WebhookActions webhooks, WritePipeline writes) {
        return new WorkflowEngine(clock, webhooks, writes);
    }

    @Provides
    @Singleton
    static WorkflowRuntimeService workflowRuntimeService(AppRegistry apps, WorkflowEngine engine) {
        return new WorkflowRuntimeService(apps, engine);
    }

    @Provides
    @Singleton
    static WorkflowTimeoutJob workflowTimeoutJob(AppRegistry apps, WorkflowEngine engine) {
        return new WorkflowTimeoutJob(apps, engine);
    }
}

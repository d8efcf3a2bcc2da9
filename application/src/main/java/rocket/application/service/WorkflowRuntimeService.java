package rocket.application.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.application.port.in.WorkflowRuntimeUseCase;
import rocket.application.port.out.AppDatabase;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.workflow.Workflow;
import rocket.domain.workflow.WorkflowInstance;

/** The workflow runtime API: pending approvals, instances, approve/reject (each in one locked transaction). */
public final class WorkflowRuntimeService implements WorkflowRuntimeUseCase {
    private final AppRegistry apps;
    private final WorkflowEngine engine;

    public WorkflowRuntimeService(AppRegistry apps, WorkflowEngine engine) {
        this.apps = apps;
        this.engine = engine;
    }

    @Override
    public List<WorkflowInstance> pending(String app) {
        return apps.resolve(app).database().workflowInstances().pending();
    }

    @Override
    public WorkflowInstance instance(String app, String id) {
        AppDatabase db = apps.resolve(app).database();
        return Ids.parse(id).flatMap(db.workflowInstances()::find).orElseThrow(
                () -> RocketException.of(ErrorCode.NOT_FOUND, "Workflow instance not found: " + id));
    }

    @Override
    public WorkflowInstance approve(String app, String id, String by) {
        return decide(app, id, by, "approved", "on_approve");
    }

    @Override
    public WorkflowInstance reject(String app, String id, String by) {
        return decide(app, id, by, "rejected", "on_reject");
    }

    private WorkflowInstance decide(String app, String id, String by, String status, String gotoKey) {
        AppContext context = apps.resolve(app);
        AppDatabase db = context.database();
        return AfterCommit.transaction(db.transactions(), () -> { // the actions' after-commit work waits for this commit
            WorkflowInstance instance = Ids.parse(id).flatMap(db.workflowInstances()::lock)
                    .orElseThrow(() -> invalid("workflow instance not found: " + id));
            if (!WorkflowInstance.RUNNING.equals(instance.status())) {
                throw invalid("workflow instance is not running (status: " + instance.status() + ")");
            }
            Workflow workflow = context.metadata().workflow(instance.workflowId())
                    .orElseThrow(() -> invalid("workflow definition not found: " + instance.workflowName()));
            Map<String, Object> step = workflow.step(instance.currentStep())
                    .filter(s -> "approval".equals(s.get("type")))
                    .orElseThrow(() -> invalid("current step is not an approval step"));
            return engine.moveTo(context, workflow, instance, step.get(gotoKey),
                    engine.entry(instance.currentStep(), status, by));
        });
    }

    @Override
    public void deleteInstance(String app, String id) {
        AppDatabase db = apps.resolve(app).database();
        UUID uuid = Ids.parse(id).orElseThrow(
                () -> RocketException.of(ErrorCode.NOT_FOUND, "Workflow instance not found: " + id));
        db.workflowInstances().delete(uuid); // deleting a missing instance succeeds, as in the contract
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}

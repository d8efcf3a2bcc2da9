package rocket.application.workflows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.records.write.AfterCommit;
import rocket.application.workflows.port.in.WorkflowRuntimeUseCase;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
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
    public List<WorkflowInstance> pending(String app, Principal caller) {
        AppContext context = apps.resolve(app);
        List<WorkflowInstance> pending = context.database().workflowInstances().pending();
        if (caller.isAdmin()) {
            return pending;
        }
        WorkflowAccess access = access(context, caller);
        return pending.stream()
                .flatMap(instance -> context.metadata().workflow(instance.workflowId())
                        .flatMap(workflow -> access.visible(workflow, instance)).stream())
                .toList();
    }

    @Override
    public WorkflowInstance instance(String app, String id, Principal caller) {
        AppContext context = apps.resolve(app);
        WorkflowAccess access = access(context, caller);
        // an instance the caller may not see answers exactly as one that does not exist
        return Ids.parse(id).flatMap(context.database().workflowInstances()::find)
                .flatMap(instance -> caller.isAdmin() ? Optional.of(instance) : context.metadata()
                        .workflow(instance.workflowId()).flatMap(workflow -> access.visible(workflow, instance)))
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "Workflow instance not found: " + id));
    }

    @Override
    public WorkflowInstance approve(String app, String id, Principal caller, String by) {
        return decide(app, id, caller, by, "approved", "on_approve");
    }

    @Override
    public WorkflowInstance reject(String app, String id, Principal caller, String by) {
        return decide(app, id, caller, by, "rejected", "on_reject");
    }

    private WorkflowInstance decide(String app, String id, Principal caller, String by, String status,
                                    String gotoKey) {
        AppContext context = apps.resolve(app);
        AppDatabase db = context.database();
        WorkflowAccess access = access(context, caller);
        return AfterCommit.transaction(db.transactions(), () -> { // the actions' after-commit work waits for this commit
            WorkflowInstance instance = Ids.parse(id).flatMap(db.workflowInstances()::lock)
                    .orElseThrow(() -> invalid("workflow instance not found: " + id));
            Optional<Workflow> definition = context.metadata().workflow(instance.workflowId());
            if (!caller.isAdmin() && definition.flatMap(w -> access.visible(w, instance)).isEmpty()) {
                throw invalid("workflow instance not found: " + id);
            }
            if (!WorkflowInstance.RUNNING.equals(instance.status())) {
                throw invalid("workflow instance is not running (status: " + instance.status() + ")");
            }
            Workflow workflow = definition
                    .orElseThrow(() -> invalid("workflow definition not found: " + instance.workflowName()));
            Map<String, Object> step = workflow.step(instance.currentStep())
                    .filter(s -> "approval".equals(s.get("type")))
                    .orElseThrow(() -> invalid("current step is not an approval step"));
            if (!access.mayDecide(workflow, instance)) {
                throw RocketException.of(ErrorCode.FORBIDDEN, "Only the assignee of step " + instance.currentStep()
                        + " may approve or reject it");
            }
            return engine.moveTo(context, workflow, instance, step.get(gotoKey),
                    engine.entry(instance.currentStep(), status, by));
        });
    }

    private static WorkflowAccess access(AppContext context, Principal caller) {
        return new WorkflowAccess(context.metadata(), context.database().records(), caller);
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

package rocket.application.workflows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.records.write.AfterCommit;
import rocket.application.workflows.port.in.WorkflowRuntimeUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.permission.Caller;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.workflow.Workflow;
import rocket.domain.workflow.WorkflowInstance;

/** The workflow runtime API: pending approvals, instances, approve/reject (each in one locked transaction). */
public final class WorkflowRuntimeService implements WorkflowRuntimeUseCase {
    private final AppStores<AppContext> contexts;
    private final AppStores<WorkflowStores> stores;
    private final WorkflowEngine engine;

    public WorkflowRuntimeService(AppStores<AppContext> contexts, AppStores<WorkflowStores> stores,
                                  WorkflowEngine engine) {
        this.contexts = contexts;
        this.stores = stores;
        this.engine = engine;
    }

    @Override
    public List<WorkflowInstance> pending(AppName app, Principal caller) {
        AppContext context = contexts.of(app.value());
        WorkflowStores db = stores.of(app.value());
        List<WorkflowInstance> pending = db.instances().pending();
        if (caller.isAdmin()) {
            return pending;
        }
        WorkflowAccess access = access(context, db, caller);
        return pending.stream()
                .flatMap(instance -> context.metadata().workflow(instance.workflowId())
                        .flatMap(workflow -> access.visible(workflow, instance)).stream())
                .toList();
    }

    @Override
    public WorkflowInstance instance(AppName app, String id, Principal caller) {
        AppContext context = contexts.of(app.value());
        WorkflowStores db = stores.of(app.value());
        WorkflowAccess access = access(context, db, caller);
        // an instance the caller may not see answers exactly as one that does not exist
        return Ids.parse(id).flatMap(db.instances()::find)
                .flatMap(instance -> caller.isAdmin() ? Optional.of(instance) : context.metadata()
                        .workflow(instance.workflowId()).flatMap(workflow -> access.visible(workflow, instance)))
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "Workflow instance not found: " + id));
    }

    @Override
    public WorkflowInstance approve(AppName app, String id, Principal caller, String by) {
        return decide(app, id, caller, by, "approved", "on_approve");
    }

    @Override
    public WorkflowInstance reject(AppName app, String id, Principal caller, String by) {
        return decide(app, id, caller, by, "rejected", "on_reject");
    }

    private WorkflowInstance decide(AppName app, String id, Principal caller, String by, String status,
                                    String gotoKey) {
        AppContext context = contexts.of(app.value());
        WorkflowStores db = stores.of(app.value());
        WorkflowAccess access = access(context, db, caller);
        return AfterCommit.transaction(db.transactions(), () -> { // the actions' after-commit work waits for this commit
            WorkflowInstance instance = Ids.parse(id).flatMap(db.instances()::lock)
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
            return engine.moveTo(context, db, workflow, instance, step.get(gotoKey),
                    engine.entry(instance.currentStep(), status, by));
        });
    }

    private static WorkflowAccess access(AppContext context, WorkflowStores db, Principal caller) {
        return new WorkflowAccess(context.metadata(), db.records(), Caller.byId(caller,
                id -> db.users().findById(id)));
    }

    @Override
    public void deleteInstance(AppName app, String id) {
        WorkflowStores db = stores.of(app.value());
        UUID uuid = Ids.parse(id).orElseThrow(
                () -> RocketException.of(ErrorCode.NOT_FOUND, "Workflow instance not found: " + id));
        db.instances().delete(uuid); // deleting a missing instance succeeds, as in the contract
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}

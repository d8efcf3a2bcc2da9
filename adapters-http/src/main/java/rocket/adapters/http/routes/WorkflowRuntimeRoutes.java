package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.Responses;
import rocket.application.workflows.port.in.WorkflowRuntimeUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.workflow.WorkflowInstance;

/** The workflow runtime ({@code /_workflows}, app user): pending approvals, instances, decisions. */
public final class WorkflowRuntimeRoutes implements RouteGroup {
    private static final String RUNTIME = "/api/{app}/_workflows";
    private final WorkflowRuntimeUseCase runtime;
    private final Guard guard;

    public WorkflowRuntimeRoutes(WorkflowRuntimeUseCase runtime, Guard guard) {
        this.runtime = runtime;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        // /pending must be matched before /{id}
        routes.get(RUNTIME + "/pending", ctx -> {
            AppName app = guard.userApp(ctx);
            Principal caller = Guard.current(ctx);
            Responses.data(ctx, 200, runtime.pending(app, caller).stream()
                    .map(WorkflowRuntimeRoutes::instance).toList());
        });
        routes.get(RUNTIME + "/{id}", ctx -> {
            AppName app = guard.userApp(ctx);
            Principal caller = Guard.current(ctx);
            Responses.data(ctx, 200, instance(runtime.instance(app, ctx.pathParam("id"), caller)));
        });
        routes.post(RUNTIME + "/{id}/approve", ctx -> {
            AppName app = guard.userApp(ctx);
            Principal caller = Guard.current(ctx);
            Responses.data(ctx, 200, instance(runtime.approve(app, ctx.pathParam("id"), caller,
                    decider(ctx, caller))));
        });
        routes.post(RUNTIME + "/{id}/reject", ctx -> {
            AppName app = guard.userApp(ctx);
            Principal caller = Guard.current(ctx);
            Responses.data(ctx, 200, instance(runtime.reject(app, ctx.pathParam("id"), caller,
                    decider(ctx, caller))));
        });
        // deleting an instance cancels every pending decision in it: admins only (the reference lets any user)
        routes.delete(RUNTIME + "/{id}", ctx -> {
            AppName app = guard.adminApp(ctx);
            runtime.deleteInstance(app, ctx.pathParam("id"));
            Responses.data(ctx, 200, Map.of("deleted", true));
        });
    }

    /**
     * Who decided, for the history: the caller. An admin may name someone else in {@code X-User-ID} (kept short and
     * printable), as the contract allows; anyone else would be writing another user's name into the record.
     */
    private static String decider(Context ctx, Principal caller) {
        String header = ctx.header("X-User-ID");
        return caller.isAdmin() && header != null && header.matches("[\\p{Print}&&[^<>]]{1,200}") ? header
                : caller.userId();
    }

    private static Map<String, Object> instance(WorkflowInstance i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id().toString());
        m.put("workflow_id", i.workflowId().toString());
        m.put("workflow_name", i.workflowName());
        m.put("status", i.status());
        m.put("current_step", i.currentStep() == null ? "" : i.currentStep());
        m.put("current_step_deadline", i.currentStepDeadline());
        m.put("context", i.context());
        m.put("history", i.history());
        m.put("created_at", i.createdAt());
        m.put("updated_at", i.updatedAt());
        return m;
    }
}

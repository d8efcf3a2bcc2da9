package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.workflows.port.in.ManageWorkflowsUseCase;
import rocket.application.workflows.port.in.WorkflowCommand;
import rocket.application.workflows.port.in.WorkflowRuntimeUseCase;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.workflow.Workflow;
import rocket.domain.workflow.WorkflowInstance;

/** Workflow definitions ({@code /_admin/workflows}, app admin) and the runtime ({@code /_workflows}, app user). */
public final class WorkflowRoutes implements RouteGroup {
    private static final String ADMIN = "/api/{app}/_admin/workflows";
    private static final String RUNTIME = "/api/{app}/_workflows";
    private final ManageWorkflowsUseCase workflows;
    private final WorkflowRuntimeUseCase runtime;
    private final JsonBodies bodies;
    private final Guard guard;

    public WorkflowRoutes(ManageWorkflowsUseCase workflows, WorkflowRuntimeUseCase runtime, JsonBodies bodies,
                          Guard guard) {
        this.workflows = workflows;
        this.runtime = runtime;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ADMIN, ctx -> Responses.data(ctx, 200,
                workflows.listWorkflows(guard.adminApp(ctx)).stream().map(w -> row(w, true)).toList()));
        routes.get(ADMIN + "/{id}", ctx -> Responses.data(ctx, 200, row(workflows.getWorkflow(guard.adminApp(ctx), ctx.pathParam("id")), true)));
        routes.post(ADMIN, ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 201, row(workflows.createWorkflow(app, command(bodies.object(ctx))), false));
        });
        routes.put(ADMIN + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 200, row(workflows.updateWorkflow(app, ctx.pathParam("id"), command(bodies.object(ctx))), false));
        });
        routes.delete(ADMIN + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", workflows.deleteWorkflow(app, ctx.pathParam("id")).toString());
        });
        // /pending must be matched before /{id}
        routes.get(RUNTIME + "/pending", ctx -> {
            String app = ctx.pathParam("app");
            Principal caller = guard.appUser(ctx, app);
            Responses.data(ctx, 200, runtime.pending(app, caller).stream().map(WorkflowRoutes::instance).toList());
        });
        routes.get(RUNTIME + "/{id}", ctx -> {
            String app = ctx.pathParam("app");
            Principal caller = guard.appUser(ctx, app);
            Responses.data(ctx, 200, instance(runtime.instance(app, ctx.pathParam("id"), caller)));
        });
        routes.post(RUNTIME + "/{id}/approve", ctx -> {
            String app = ctx.pathParam("app");
            Principal caller = guard.appUser(ctx, app);
            Responses.data(ctx, 200, instance(runtime.approve(app, ctx.pathParam("id"), caller, decider(ctx, caller))));
        });
        routes.post(RUNTIME + "/{id}/reject", ctx -> {
            String app = ctx.pathParam("app");
            Principal caller = guard.appUser(ctx, app);
            Responses.data(ctx, 200, instance(runtime.reject(app, ctx.pathParam("id"), caller, decider(ctx, caller))));
        });
        // deleting an instance cancels every pending decision in it: admins only (the reference lets any user)
        routes.delete(RUNTIME + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
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

    @SuppressWarnings("unchecked")
    private static WorkflowCommand command(Map<String, Object> body) {
        Object steps = body.get("steps");
        if (steps != null && !(steps instanceof List<?>)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "steps must be an array");
        }
        List<Map<String, Object>> stepList = null;
        if (steps instanceof List<?> list) {
            if (!list.stream().allMatch(Map.class::isInstance)) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "each step must be an object");
            }
            stepList = (List<Map<String, Object>>) list;
        }
        return new WorkflowCommand(JsonBodies.string(body, "name"), JsonBodies.object(body, "trigger"),
                JsonBodies.object(body, "context"), stepList, JsonBodies.bool(body, "active"));
    }

    private static Map<String, Object> row(Workflow w, boolean withTimestamps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id().toString());
        m.put("name", w.name());
        m.put("trigger", w.trigger());
        m.put("context", w.context());
        m.put("steps", w.steps());
        m.put("active", w.active());
        if (withTimestamps) {
            m.put("created_at", w.createdAt());
            m.put("updated_at", w.updatedAt());
        }
        return m;
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

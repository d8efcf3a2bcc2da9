package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ManageStateMachinesUseCase;
import rocket.application.definitions.port.in.StateMachineCommand;
import rocket.domain.metadata.StateMachine;

/** {@code /api/{app}/_admin/state-machines} (app admin). */
public final class StateMachineRoutes implements RouteGroup {
    private static final String BASE = "/api/{app}/_admin/state-machines";
    private final ManageStateMachinesUseCase machines;
    private final JsonBodies bodies;
    private final Guard guard;

    public StateMachineRoutes(ManageStateMachinesUseCase machines, JsonBodies bodies, Guard guard) {
        this.machines = machines;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> Responses.data(ctx, 200,
                machines.listStateMachines(guard.adminApp(ctx)).stream().map(m -> row(m, true)).toList()));
        routes.get(BASE + "/{id}", ctx -> Responses.data(ctx, 200,
                row(machines.getStateMachine(guard.adminApp(ctx), ctx.pathParam("id")), true)));
        routes.post(BASE, ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 201, row(machines.createStateMachine(app, command(bodies.object(ctx))), false));
        });
        routes.put(BASE + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 200, row(machines.updateStateMachine(app, ctx.pathParam("id"),
                    command(bodies.object(ctx))), false));
        });
        routes.delete(BASE + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", machines.deleteStateMachine(app, ctx.pathParam("id")).toString());
        });
    }

    private static StateMachineCommand command(Map<String, Object> body) {
        return new StateMachineCommand(JsonBodies.string(body, "entity"), JsonBodies.string(body, "field"),
                JsonBodies.object(body, "definition"), JsonBodies.bool(body, "active"));
    }

    private static Map<String, Object> row(StateMachine machine, boolean withTimestamps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", machine.id().toString());
        m.put("entity", machine.entity());
        m.put("field", machine.field());
        m.put("definition", machine.definition());
        m.put("active", machine.active());
        if (withTimestamps) {
            m.put("created_at", machine.createdAt());
            m.put("updated_at", machine.updatedAt());
        }
        return m;
    }
}

package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ManageDefinitionsUseCase;
import rocket.domain.app.AppName;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.definition.DefinitionRow;

/**
 * {@code /api/{app}/_admin/<kind>} for every kind of definition (app admin): list, get, create (201), update,
 * delete. An answer is the stored document with its id first; reads add the timestamps, and so do writes of the
 * kinds whose reference answers carried them.
 */
public final class DefinitionRoutes implements RouteGroup {
    private static final List<DefinitionKind<?>> TIMESTAMPS_ON_WRITE = List.of(DefinitionKinds.WEBHOOKS,
            DefinitionKinds.UI_CONFIGS);
    private final ManageDefinitionsUseCase definitions;
    private final JsonBodies bodies;
    private final Guard guard;

    public DefinitionRoutes(ManageDefinitionsUseCase definitions, JsonBodies bodies, Guard guard) {
        this.definitions = definitions;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        DefinitionKinds.ALL.forEach(kind -> register(routes, kind));
    }

    private void register(RoutesConfig routes, DefinitionKind<?> kind) {
        String base = "/api/{app}/_admin/" + kind.path();
        boolean writeTimestamps = TIMESTAMPS_ON_WRITE.contains(kind);
        routes.get(base, ctx -> Responses.data(ctx, 200, definitions.list(guard.adminApp(ctx), kind)
                .stream().map(row -> answer(row, true)).toList()));
        routes.get(base + "/{id}", ctx -> Responses.data(ctx, 200,
                answer(definitions.get(guard.adminApp(ctx), kind, ctx.pathParam("id")), true)));
        routes.post(base, ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 201, answer(definitions.create(app, kind, bodies.object(ctx)), writeTimestamps));
        });
        routes.put(base + "/{id}", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 200, answer(definitions.update(app, kind, ctx.pathParam("id"), bodies.object(ctx)),
                    writeTimestamps));
        });
        routes.delete(base + "/{id}", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", definitions.delete(app, kind, ctx.pathParam("id")).toString());
        });
    }

    /** {@code {id, <document members>, created_at?, updated_at?}}. */
    static Map<String, Object> answer(DefinitionRow row, boolean withTimestamps) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", row.id().toString());
        answer.putAll(row.document());
        if (withTimestamps) {
            answer.put("created_at", row.createdAt());
            answer.put("updated_at", row.updatedAt());
        }
        return answer;
    }
}

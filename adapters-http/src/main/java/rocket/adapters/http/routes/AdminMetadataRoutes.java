package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ManageMetadataUseCase;
import rocket.application.definitions.port.out.StoredDefinition;
import rocket.domain.app.AppName;

/** {@code /api/{app}/_admin/entities} and {@code /_admin/relations} (app admin). */
public final class AdminMetadataRoutes implements RouteGroup {
    private static final String ENTITIES = "/api/{app}/_admin/entities";
    private static final String RELATIONS = "/api/{app}/_admin/relations";
    private final ManageMetadataUseCase metadata;
    private final JsonBodies bodies;
    private final Guard guard;

    public AdminMetadataRoutes(ManageMetadataUseCase metadata, JsonBodies bodies, Guard guard) {
        this.metadata = metadata;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ENTITIES, ctx -> Responses.data(ctx, 200, metadata.listEntities(guard.adminApp(ctx))
                .stream().map(AdminMetadataRoutes::entityRow).toList()));
        routes.get(ENTITIES + "/{name}", ctx -> Responses.data(ctx, 200,
                entityRow(metadata.getEntity(guard.adminApp(ctx), ctx.pathParam("name")))));
        routes.post(ENTITIES, ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 201, metadata.createEntity(app, bodies.object(ctx)));
        });
        routes.put(ENTITIES + "/{name}", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 200, metadata.updateEntity(app, ctx.pathParam("name"), bodies.object(ctx)));
        });
        routes.delete(ENTITIES + "/{name}", ctx -> {
            AppName app = guard.adminApp(ctx);
            metadata.deleteEntity(app, ctx.pathParam("name"));
            Responses.deleted(ctx, "name", ctx.pathParam("name"));
        });
        routes.get(RELATIONS, ctx -> Responses.data(ctx, 200, metadata.listRelations(guard.adminApp(ctx))
                .stream().map(AdminMetadataRoutes::relationRow).toList()));
        routes.get(RELATIONS + "/{name}", ctx -> Responses.data(ctx, 200,
                relationRow(metadata.getRelation(guard.adminApp(ctx), ctx.pathParam("name")))));
        routes.post(RELATIONS, ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 201, metadata.createRelation(app, bodies.object(ctx)));
        });
        routes.put(RELATIONS + "/{name}", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 200, metadata.updateRelation(app, ctx.pathParam("name"), bodies.object(ctx)));
        });
        routes.delete(RELATIONS + "/{name}", ctx -> {
            AppName app = guard.adminApp(ctx);
            metadata.deleteRelation(app, ctx.pathParam("name"));
            Responses.deleted(ctx, "name", ctx.pathParam("name"));
        });
    }

    private static Map<String, Object> entityRow(StoredDefinition row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", row.name());
        m.put("table_name", row.tableName());
        m.put("definition", row.definition());
        m.put("created_at", row.createdAt());
        m.put("updated_at", row.updatedAt());
        return m;
    }

    private static Map<String, Object> relationRow(StoredDefinition row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", row.name());
        m.put("source", row.source());
        m.put("target", row.target());
        m.put("definition", row.definition());
        m.put("created_at", row.createdAt());
        m.put("updated_at", row.updatedAt());
        return m;
    }
}

package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.port.in.RecordPage;
import rocket.application.port.in.RecordsUseCase;
import rocket.domain.auth.Principal;

/** The dynamic entity API {@code /api/{app}/{entity}[/{id}]}; registered after every reserved route. */
public final class RecordRoutes implements RouteGroup {
    private static final String COLLECTION = "/api/{app}/{entity}";
    private static final String ITEM = COLLECTION + "/{id}";
    private final RecordsUseCase records;
    private final JsonBodies bodies;
    private final Guard guard;

    public RecordRoutes(RecordsUseCase records, JsonBodies bodies, Guard guard) {
        this.records = records;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COLLECTION, ctx -> {
            Principal caller = guard.appUser(ctx, ctx.pathParam("app"));
            RecordPage page = records.list(ctx.pathParam("app"), ctx.pathParam("entity"), caller, ctx.queryParamMap());
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("page", page.page());
            meta.put("per_page", page.perPage());
            meta.put("total", page.total());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("data", page.data());
            body.put("meta", meta);
            Responses.write(ctx, 200, body);
        });
        routes.get(ITEM, ctx -> {
            Principal caller = guard.appUser(ctx, ctx.pathParam("app"));
            Responses.data(ctx, 200, records.get(ctx.pathParam("app"), ctx.pathParam("entity"), caller,
                    ctx.pathParam("id"), ctx.queryParam("include")));
        });
        routes.post(COLLECTION, ctx -> {
            Principal caller = guard.appUser(ctx, ctx.pathParam("app"));
            Responses.data(ctx, 201, records.create(ctx.pathParam("app"), ctx.pathParam("entity"), caller,
                    bodies.object(ctx)));
        });
        routes.put(ITEM, ctx -> {
            Principal caller = guard.appUser(ctx, ctx.pathParam("app"));
            Responses.data(ctx, 200, records.update(ctx.pathParam("app"), ctx.pathParam("entity"), caller,
                    ctx.pathParam("id"), bodies.object(ctx)));
        });
        routes.delete(ITEM, ctx -> {
            Principal caller = guard.appUser(ctx, ctx.pathParam("app"));
            records.delete(ctx.pathParam("app"), ctx.pathParam("entity"), caller, ctx.pathParam("id"));
            Responses.data(ctx, 200, Map.of("id", ctx.pathParam("id")));
        });
    }
}

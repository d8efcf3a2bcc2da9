package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.CountPreference;
import rocket.adapters.http.support.EntityTags;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.adapters.http.support.Revalidation;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.in.CountMode;
import rocket.application.records.port.in.RecordPage;
import rocket.application.records.port.in.RecordsUseCase;
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
            CountMode count = CountPreference.of(ctx.header("Prefer"));
            Conditional<RecordPage> page = records.list(ctx.pathParam("app"), ctx.pathParam("entity"), caller,
                    ctx.queryParamMap(), count, EntityTags.held(ctx.header("If-None-Match")));
            if (count != CountMode.EXACT) {
                ctx.header("Preference-Applied", "count=" + count.label());
            }
            if (!Revalidation.answer(ctx, page)) {
                Responses.write(ctx, 200, listBody(page.body()));
            }
        });
        routes.get(ITEM, ctx -> {
            Principal caller = guard.appUser(ctx, ctx.pathParam("app"));
            Conditional<Map<String, Object>> record = records.get(ctx.pathParam("app"), ctx.pathParam("entity"),
                    caller, ctx.pathParam("id"), ctx.queryParam("include"), EntityTags.held(ctx.header("If-None-Match")));
            if (!Revalidation.answer(ctx, record)) {
                Responses.data(ctx, 200, record.body());
            }
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

    /** {@code {"data": [...], "meta": {...}}}; {@code meta.total} is left out when the client asked for no count. */
    private static Map<String, Object> listBody(RecordPage page) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("page", page.page());
        meta.put("per_page", page.perPage());
        if (page.total() != null) {
            meta.put("total", page.total());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.data());
        body.put("meta", meta);
        return body;
    }
}

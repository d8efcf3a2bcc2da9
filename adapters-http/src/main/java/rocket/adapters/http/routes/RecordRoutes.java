package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import rocket.application.records.port.in.StoredRecord;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.metadata.EntityName;
import rocket.domain.query.ListQueryParams;
import rocket.domain.write.RecordKey;

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
            AppName app = AppName.of(ctx.pathParam("app"));
            Principal caller = guard.appUser(ctx, app);
            Optional<CountMode> asked = CountPreference.asked(ctx.header("Prefer"));
            CountMode count = CountPreference.of(asked, ctx.queryParamMap().containsKey("cursor"));
            Conditional<RecordPage> page = records.list(app, entity(ctx), caller,
                    ListQueryParams.of(ctx.queryParamMap()), count, EntityTags.held(ctx.header("If-None-Match")));
            if (asked.isPresent() && count != CountMode.EXACT) {
                ctx.header("Preference-Applied", "count=" + count.label());
            }
            if (!Revalidation.answer(ctx, page)) {
                Responses.write(ctx, 200, listBody(page.body()));
            }
        });
        routes.get(ITEM, ctx -> {
            AppName app = AppName.of(ctx.pathParam("app"));
            Principal caller = guard.appUser(ctx, app);
            Conditional<Map<String, Object>> record = records.get(app, entity(ctx), caller, key(ctx),
                    ctx.queryParam("include"), EntityTags.held(ctx.header("If-None-Match")));
            if (!Revalidation.answer(ctx, record)) {
                Responses.data(ctx, 200, record.body());
            }
        });
        routes.post(COLLECTION, ctx -> {
            AppName app = AppName.of(ctx.pathParam("app"));
            Principal caller = guard.appUser(ctx, app);
            written(ctx, 201, records.create(app, entity(ctx), caller, bodies.object(ctx)));
        });
        routes.put(ITEM, ctx -> {
            AppName app = AppName.of(ctx.pathParam("app"));
            Principal caller = guard.appUser(ctx, app);
            written(ctx, 200, records.update(app, entity(ctx), caller, key(ctx), bodies.object(ctx),
                    EntityTags.precondition(ctx.header("If-Match"))));
        });
        routes.delete(ITEM, ctx -> {
            AppName app = AppName.of(ctx.pathParam("app"));
            Principal caller = guard.appUser(ctx, app);
            records.delete(app, entity(ctx), caller, key(ctx), EntityTags.precondition(ctx.header("If-Match")));
            Responses.data(ctx, 200, Map.of("id", ctx.pathParam("id")));
        });
    }

    /** Built after the caller is authenticated: the contract answers 401 before it judges the entity. */
    private static EntityName entity(Context ctx) {
        return EntityName.of(ctx.pathParam("entity"));
    }

    private static RecordKey key(Context ctx) {
        return RecordKey.of(ctx.pathParam("id"));
    }

    /** A written record with its strong ETag, which a later update or delete may name in {@code If-Match}. */
    private static void written(Context ctx, int status, StoredRecord record) {
        ctx.header("ETag", EntityTags.strong(record.version()));
        Responses.data(ctx, status, record.data());
    }

    /**
     * {@code {"data": [...], "meta": {...}}}; {@code meta.total} is left out when the client asked for no count. A page
     * of a cursor walk has no number: its meta holds {@code next_cursor} instead, null on the walk's last page.
     */
    private static Map<String, Object> listBody(RecordPage page) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (!page.byCursor()) {
            meta.put("page", page.page());
        }
        meta.put("per_page", page.perPage());
        if (page.byCursor()) {
            meta.put("next_cursor", page.nextCursor());
        }
        if (page.total() != null) {
            meta.put("total", page.total());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.data());
        body.put("meta", meta);
        return body;
    }
}

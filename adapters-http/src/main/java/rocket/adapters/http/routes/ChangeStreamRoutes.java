package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.OptionalLong;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.ServerSentEvents;
import rocket.application.records.port.in.ChangeStream;
import rocket.application.records.port.in.ChangeStreamsUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.EntityName;
import rocket.domain.query.ListQueryParams;

/**
 * {@code GET /api/{app}/{entity}/_changes}: the entity's realtime change stream (Server-Sent Events); before the
 * record routes, whose {@code /{id}} would match it. Resumes after {@code Last-Event-ID} (or {@code ?last_event_id=}).
 */
public final class ChangeStreamRoutes implements RouteGroup {
    private final ChangeStreamsUseCase streams;
    private final Guard guard;
    private final Duration heartbeat;
    private final Duration sendTimeout;

    public ChangeStreamRoutes(ChangeStreamsUseCase streams, Guard guard, Duration heartbeat, Duration sendTimeout) {
        this.streams = streams;
        this.guard = guard;
        this.heartbeat = heartbeat;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/{app}/{entity}/_changes", ctx -> {
            AppName app = AppName.of(ctx.pathParam("app"));
            Principal caller = guard.appUser(ctx, app);
            try (ChangeStream stream = streams.open(app, EntityName.of(ctx.pathParam("entity")), caller,
                    ListQueryParams.of(ctx.queryParamMap()), lastEventId(ctx))) {
                ServerSentEvents.stream(ctx, stream, heartbeat, sendTimeout);
            }
        });
    }

    private static OptionalLong lastEventId(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        String text = header != null ? header : ctx.queryParam("last_event_id");
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id >= 0) {
                return OptionalLong.of(id);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw RocketException.of(ErrorCode.INVALID_PAYLOAD, "Last-Event-ID must be an event id (a whole number >= 0)");
    }
}

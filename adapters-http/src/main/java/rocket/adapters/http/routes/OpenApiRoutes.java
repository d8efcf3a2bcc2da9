package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import rocket.adapters.http.openapi.OpenApiDocument;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.Responses;
import rocket.application.records.port.in.DescribeApiUseCase;
import rocket.domain.auth.Principal;

/** {@code GET /api/{app}/_openapi.json}: the live OpenAPI 3.1 description, for any user of the app. */
public final class OpenApiRoutes implements RouteGroup {
    private final DescribeApiUseCase describe;
    private final Guard guard;

    public OpenApiRoutes(DescribeApiUseCase describe, Guard guard) {
        this.describe = describe;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/{app}/_openapi.json", ctx -> {
            String app = ctx.pathParam("app");
            Principal caller = guard.appUser(ctx, app);
            ctx.header("Cache-Control", "private, no-cache");
            Responses.write(ctx, 200, OpenApiDocument.of(describe.describe(app, caller)));
        });
    }
}

package rocket.adapters.http.routes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import rocket.adapters.http.openapi.OpenApiDocument;
import rocket.adapters.http.support.EntityTags;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.Responses;
import rocket.adapters.http.support.Revalidation;
import rocket.application.records.port.in.Conditional;
import rocket.application.records.port.in.DescribeApiUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Principal;

/**
 * {@code GET /api/{app}/_openapi.json}: the live OpenAPI 3.1 description, for any user of the app. Its ETag is the
 * content hash in {@code info.version}, so a client revalidates with a 304 until metadata or permissions change.
 */
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
            AppName app = guard.userApp(ctx);
            Principal caller = Guard.current(ctx);
            ObjectNode document = OpenApiDocument.of(describe.describe(app, caller));
            String version = document.at("/info/version").asText();
            boolean current = EntityTags.held(ctx.header("If-None-Match")).contains(version);
            Conditional<ObjectNode> read = new Conditional<>(current ? null : document, version);
            if (!Revalidation.answer(ctx, read, EntityTags.strong(version))) {
                Responses.write(ctx, 200, document);
            }
        });
    }
}

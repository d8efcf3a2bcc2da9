package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ReadUiConfigsUseCase;
import rocket.domain.app.AppName;

/** Default-scope UI configs under {@code /_ui} for any app user (admins manage them as definitions). */
public final class UiConfigReadRoutes implements RouteGroup {
    private final ReadUiConfigsUseCase read;
    private final Guard guard;

    public UiConfigReadRoutes(ReadUiConfigsUseCase read, Guard guard) {
        this.read = read;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/{app}/_ui/configs", ctx -> {
            AppName app = guard.userApp(ctx);
            Responses.data(ctx, 200, read.defaultUiConfigs(app).stream()
                    .map(row -> DefinitionRoutes.answer(row, true)).toList());
        });
        routes.get("/api/{app}/_ui/config/{entity}", ctx -> {
            AppName app = guard.userApp(ctx);
            Responses.data(ctx, 200, read.defaultUiConfig(app, ctx.pathParam("entity"))
                    .map(row -> DefinitionRoutes.answer(row, true)).orElse(null));
        });
    }
}

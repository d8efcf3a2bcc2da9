package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ExportImportUseCase;
import rocket.domain.app.AppName;

/** {@code GET /api/{app}/_admin/export} and {@code POST /api/{app}/_admin/import} (app admin). */
public final class ExportImportRoutes implements RouteGroup {
    private final ExportImportUseCase exportImport;
    private final JsonBodies bodies;
    private final Guard guard;

    public ExportImportRoutes(ExportImportUseCase exportImport, JsonBodies bodies, Guard guard) {
        this.exportImport = exportImport;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/{app}/_admin/export", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.data(ctx, 200, exportImport.export(app));
        });
        routes.post("/api/{app}/_admin/import", ctx -> {
            AppName app = guard.adminApp(ctx);
            var result = exportImport.importDocument(app, bodies.object(ctx));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("message", "Import completed");
            data.put("summary", result.summary());
            if (!result.errors().isEmpty()) {
                data.put("errors", result.errors());
            }
            Responses.data(ctx, 200, data);
        });
    }
}

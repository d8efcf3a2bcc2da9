package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.definitions.port.in.ManageRulesUseCase;
import rocket.application.definitions.port.in.RuleCommand;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Rule;

/** {@code /api/{app}/_admin/rules} (app admin). */
public final class RuleRoutes implements RouteGroup {
    private static final String BASE = "/api/{app}/_admin/rules";
    private final ManageRulesUseCase rules;
    private final JsonBodies bodies;
    private final Guard guard;

    public RuleRoutes(ManageRulesUseCase rules, JsonBodies bodies, Guard guard) {
        this.rules = rules;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> Responses.data(ctx, 200, rules.listRules(guard.adminApp(ctx)).stream().map(r -> row(r, true)).toList()));
        routes.get(BASE + "/{id}", ctx -> Responses.data(ctx, 200, row(rules.getRule(guard.adminApp(ctx), ctx.pathParam("id")), true)));
        routes.post(BASE, ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 201, row(rules.createRule(app, command(bodies.object(ctx))), false));
        });
        routes.put(BASE + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.data(ctx, 200, row(rules.updateRule(app, ctx.pathParam("id"), command(bodies.object(ctx))), false));
        });
        routes.delete(BASE + "/{id}", ctx -> {
            String app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", rules.deleteRule(app, ctx.pathParam("id")).toString());
        });
    }

    private static RuleCommand command(Map<String, Object> body) {
        Object priority = body.get("priority");
        if (priority != null && !(priority instanceof Integer)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "priority must be a whole number");
        }
        return new RuleCommand(JsonBodies.string(body, "entity"), JsonBodies.string(body, "hook"),
                JsonBodies.string(body, "type"), JsonBodies.object(body, "definition"), (Integer) priority,
                JsonBodies.bool(body, "active"));
    }

    private static Map<String, Object> row(Rule rule, boolean withTimestamps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rule.id().toString());
        m.put("entity", rule.entity());
        m.put("hook", rule.hook());
        m.put("type", rule.type());
        m.put("definition", rule.definition());
        m.put("priority", rule.priority());
        m.put("active", rule.active());
        if (withTimestamps) {
            m.put("created_at", rule.createdAt());
            m.put("updated_at", rule.updatedAt());
        }
        return m;
    }
}

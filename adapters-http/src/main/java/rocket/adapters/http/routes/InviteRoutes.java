package rocket.adapters.http.routes;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.adapters.http.support.Guard;
import rocket.adapters.http.support.JsonBodies;
import rocket.adapters.http.support.Responses;
import rocket.application.apps.port.in.ResolveAppUseCase;
import rocket.application.auth.port.in.AcceptInviteUseCase;
import rocket.application.auth.port.in.ManageInvitesUseCase;
import rocket.domain.app.AppName;
import rocket.domain.auth.Invite;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/** Invitations: {@code /api/{app}/_admin/invites} (app admin) and {@code /api/{app}/auth/accept-invite} (anyone). */
public final class InviteRoutes implements RouteGroup {
    private static final String BASE = "/api/{app}/_admin/invites";
    private final ManageInvitesUseCase invites;
    private final AcceptInviteUseCase accept;
    private final ResolveAppUseCase resolveApp;
    private final JsonBodies bodies;
    private final Guard guard;

    public InviteRoutes(ManageInvitesUseCase invites, AcceptInviteUseCase accept, ResolveAppUseCase resolveApp,
                        JsonBodies bodies, Guard guard) {
        this.invites = invites;
        this.accept = accept;
        this.resolveApp = resolveApp;
        this.bodies = bodies;
        this.guard = guard;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(BASE, ctx -> Responses.data(ctx, 200,
                invites.listInvites(guard.adminApp(ctx)).stream().map(i -> row(i, true)).toList()));
        // bulk is registered before any {id} route of the same prefix
        routes.post(BASE + "/bulk", ctx -> {
            AppName app = guard.adminApp(ctx);
            Map<String, Object> body = bodies.object(ctx);
            if (body.get("emails") != null && !(body.get("emails") instanceof List<?>)) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "emails is required and must be a non-empty array");
            }
            var result = invites.createInvites(app, JsonBodies.stringList(body, "emails"),
                    JsonBodies.stringList(body, "roles"), Guard.current(ctx).userId());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("created", result.created().stream().map(InviteRoutes::created).toList());
            data.put("skipped", result.skipped().stream()
                    .map(s -> Map.of("email", s.email(), "reason", s.reason())).toList());
            data.put("summary", Map.of("total", result.total(), "created", result.created().size(),
                    "skipped", result.skipped().size()));
            Responses.data(ctx, 200, data);
        });
        routes.post(BASE, ctx -> {
            AppName app = guard.adminApp(ctx);
            Map<String, Object> body = bodies.object(ctx);
            Invite invite = invites.createInvite(app, JsonBodies.string(body, "email"),
                    JsonBodies.stringList(body, "roles"), Guard.current(ctx).userId());
            Responses.data(ctx, 201, row(invite, false));
        });
        routes.delete(BASE + "/{id}", ctx -> {
            AppName app = guard.adminApp(ctx);
            Responses.deleted(ctx, "id", invites.deleteInvite(app, ctx.pathParam("id")).toString());
        });
        routes.post("/api/{app}/auth/accept-invite", ctx -> {
            AppName app = AppName.of(ctx.pathParam("app"));
            resolveApp.requireApp(app);
            Map<String, Object> body = bodies.object(ctx);
            var accepted = accept.acceptInvite(app, JsonBodies.string(body, "token"), JsonBodies.string(body, "password"));
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", accepted.user().id().toString());
            user.put("email", accepted.user().email());
            user.put("roles", accepted.user().roles());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("access_token", accepted.tokens().accessToken());
            data.put("refresh_token", accepted.tokens().refreshToken());
            data.put("user", user);
            Responses.data(ctx, 201, data);
        });
    }

    private static Map<String, Object> row(Invite invite, boolean withAcceptedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", invite.id().toString());
        m.put("email", invite.email());
        m.put("roles", invite.roles());
        m.put("token", invite.token());
        m.put("expires_at", invite.expiresAt());
        if (withAcceptedAt) {
            m.put("accepted_at", invite.acceptedAt());
        }
        m.put("invited_by", invite.invitedBy() == null ? null : invite.invitedBy().toString());
        m.put("created_at", invite.createdAt());
        return m;
    }

    private static Map<String, Object> created(Invite invite) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", invite.id().toString());
        m.put("email", invite.email());
        m.put("token", invite.token());
        m.put("expires_at", invite.expiresAt());
        return m;
    }
}

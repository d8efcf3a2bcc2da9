package rocket.adapters.http.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static rocket.adapters.http.testing.FakeUseCases.ADMIN_TOKEN;
import static rocket.adapters.http.testing.FakeUseCases.PLATFORM_TOKEN;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rocket.adapters.http.testing.FakeUseCases;
import rocket.adapters.http.testing.RouteTestServer;
import rocket.adapters.http.testing.RouteTestServer.Answer;
import rocket.application.apps.port.in.CreateAppUseCase;
import rocket.application.apps.port.in.GetAppUseCase;
import rocket.application.apps.port.in.ListAppsUseCase;
import rocket.application.health.port.in.CheckReadinessUseCase;
import rocket.application.apps.port.out.PoolState;
import rocket.application.health.port.in.Readiness;
import rocket.domain.app.AppInfo;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.ErrorDetail;
import rocket.domain.error.RocketException;

/** The platform app routes and the health probes on the real server. */
class PlatformAndHealthRoutesTest {
    private static final String AUTH = "Authorization";
    private static final AppInfo SHOP = new AppInfo("shop", "Shop", "rocket_shop", "postgres", AppInfo.ACTIVE,
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));
    private static final AtomicBoolean READY = new AtomicBoolean(true);
    private static RouteTestServer server;

    @BeforeAll
    static void start() {
        PoolState pool = new PoolState(1, 2, 0, 50);
        server = new RouteTestServer(new FakeUseCases()
                .with(ListAppsUseCase.class, () -> List.of(SHOP))
                .with(GetAppUseCase.class, name -> {
                    if (!name.equals("shop")) {
                        throw RocketException.of(ErrorCode.NOT_FOUND, "App not found: " + name);
                    }
                    return SHOP;
                })
                .with(CreateAppUseCase.class, command -> {
                    if (!"postgres".equals(command.dbDriver())) {
                        throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Validation failed",
                                List.of(new ErrorDetail("db_driver", "enum", "db_driver must be postgres")));
                    }
                    return new AppInfo(command.name(), command.displayName(), "rocket_" + command.name(), "postgres",
                            AppInfo.ACTIVE, Instant.EPOCH, Instant.EPOCH);
                })
                .with(CheckReadinessUseCase.class, () -> new Readiness(READY.get(), 500, pool, Map.of("shop", pool))));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void appsAreListedCreatedAndFoundWithAPlatformTokenOnly() {
        Answer listed = server.get("/api/_platform/apps", AUTH, "Bearer " + PLATFORM_TOKEN);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("data").get(0).path("db_name").asText()).isEqualTo("rocket_shop");
        assertThat(listed.json().path("data").get(0).has("created_at")).isTrue();

        Answer created = server.json("POST", "/api/_platform/apps",
                "{\"name\":\"crm\",\"display_name\":\"CRM\",\"db_driver\":\"postgres\"}", AUTH, "Bearer " + PLATFORM_TOKEN);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("data").path("display_name").asText()).isEqualTo("CRM");
        assertThat(created.json().path("data").has("created_at")).isFalse();

        Answer appToken = server.get("/api/_platform/apps", AUTH, "Bearer " + ADMIN_TOKEN);
        assertThat(appToken.status()).isEqualTo(401);
        assertThat(server.get("/api/_platform/apps/nope", AUTH, "Bearer " + PLATFORM_TOKEN).errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aRefusedAppNamesItsFieldInTheDetails() {
        Answer refused = server.json("POST", "/api/_platform/apps", "{\"name\":\"x\",\"db_driver\":\"oracle\"}",
                AUTH, "Bearer " + PLATFORM_TOKEN);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.json().path("error").path("details").get(0).path("field").asText()).isEqualTo("db_driver");
    }

    @Test
    void readinessFollowsTheManagementDatabaseAndIsNeverCached() {
        READY.set(true);
        Answer ready = server.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.header("Cache-Control")).isEqualTo("no-store");
        assertThat(ready.json().path("pools").path("apps").path("shop").path("max").asInt()).isEqualTo(50);

        READY.set(false);
        Answer unready = server.get("/health/ready");
        assertThat(unready.status()).isEqualTo(503);
        assertThat(unready.json().path("failing").get(0).asText()).isEqualTo("management_database");
        READY.set(true);

        assertThat(server.get("/health").json().path("status").asText()).isEqualTo("ok");
        assertThat(server.get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void anUnknownRouteIsTheNotFoundEnvelope() {
        Answer answer = server.get("/nothing/here");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.errorCode()).isEqualTo("NOT_FOUND");
    }
}

package rocket.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.http.TestServer;

class StartupLineTest {
    @Test
    void theStartupLineNamesTheVersionsAndEverySettingButNoSecret() {
        Map<String, String> secrets = Map.of("ROCKET_PLATFORM_JWT_SECRET", "jwt-secret-" + "x".repeat(32),
                "ROCKET_PLATFORM_ADMIN_PASSWORD", "admin-password-123", "ROCKET_AI_API_KEY", "ai-key-456",
                "ROCKET_AI_BASE_URL", "https://ai.example/v1", "ROCKET_AI_MODEL", "m",
                "ROCKET_WEBHOOK_ENV_PARTNER", "webhook-value-789", "ROCKET_METRICS_TOKEN", "metrics-token-" + "y".repeat(24));
        try (RocketServer server = TestServer.start(TestServer.tempDir(), secrets)) {
            String line = server.startupLine();
            assertThat(line).startsWith("Rocket " + StartupLine.version() + " listening on http://127.0.0.1:"
                    + server.port() + " (Java " + Runtime.version())
                    .containsPattern("PostgreSQL 1[0-9]\\.[0-9]+ embedded\\)")
                    .contains("port=0 ", "dev=true ", "database-url=unset ", "platform-jwt-secret=*** ",
                            "ai-api-key=*** ", "ai-base-url=https://ai.example/v1 ", "webhook-env=[", "ROCKET_WEBHOOK_ENV_PARTNER")
                    .doesNotContain("jwt-secret-", "admin-password-123", "ai-key-456", "webhook-value-789",
                            "metrics-token-", "\n");
            assertThat(StartupLine.version()).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
        }
    }
}

package rocket.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings of the operator's side: the metrics scrape token and port, the log format, CORS. */
class OperationsSettingsTest {
    @TempDir
    Path dir;

    private RocketConfig load(Map<String, String> env) throws java.io.IOException {
        Map<String, String> merged = new java.util.HashMap<>(env);
        // a named file must exist: an empty one leaves every setting to the environment and the defaults
        merged.put("ROCKET_CONFIG", java.nio.file.Files.writeString(dir.resolve("empty.yaml"), "").toString());
        return ConfigLoader.load(new String[0], merged);
    }

    @Test
    void metricsAreOnlyBehindThePlatformTokenByDefault() throws Exception {
        RocketConfig config = load(Map.of());
        assertThat(config.server().metricsToken()).isNull();
        assertThat(config.server().metricsPort()).isEqualTo(RocketConfig.Server.NO_PORT);
    }

    @Test
    void theScrapeTokenIsKeptButNeverPrintedAndAShortOneIsRefused() throws Exception {
        RocketConfig config = load(Map.of("ROCKET_METRICS_TOKEN", "a-long-enough-scrape-token", "ROCKET_METRICS_PORT",
                "9464"));
        assertThat(config.server().metricsToken()).isEqualTo("a-long-enough-scrape-token");
        assertThat(config.server().metricsPort()).isEqualTo(9464);
        assertThat(config.server().toString()).doesNotContain("a-long-enough-scrape-token").contains("metricsToken=set");
        assertThat(config.toString()).doesNotContain("a-long-enough-scrape-token");
        assertThatThrownBy(() -> load(Map.of("ROCKET_METRICS_TOKEN", "short"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("metrics-token").hasMessageNotContaining("short");
        assertThatThrownBy(() -> load(Map.of("ROCKET_METRICS_PORT", "70000"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("metrics-port");
    }

    @Test
    void theLogFormatIsTextOrJsonAndATypoIsAnError() throws Exception {
        assertThat(load(Map.of("ROCKET_LOG_FORMAT", "json")).server().host()).isEqualTo("127.0.0.1");
        assertThat(load(Map.of("ROCKET_LOG_FORMAT", "text")).server().host()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> load(Map.of("ROCKET_LOG_FORMAT", "jsno"))).isInstanceOf(ConfigException.class)
                .hasMessage("ROCKET_LOG_FORMAT must be text or json, got 'jsno'");
    }

    @Test
    void corsOriginsAreExactOriginsNormalizedAsBrowsersSendThemAndTheWildcardNeedsDev() throws Exception {
        assertThat(load(Map.of()).server().corsOrigins()).isEmpty();
        assertThat(load(Map.of("ROCKET_CORS_ORIGINS", "HTTPS://Admin.Example.com:443, http://localhost:5173,"))
                .server().corsOrigins()).containsExactly("https://admin.example.com", "http://localhost:5173");
        assertThatThrownBy(() -> load(Map.of("ROCKET_CORS_ORIGINS", "https://admin.example.com/")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("is not an origin");
        assertThatThrownBy(() -> load(Map.of("ROCKET_CORS_ORIGINS", "admin.example.com")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("is not an origin");
        assertThatThrownBy(() -> load(Map.of("ROCKET_CORS_ORIGINS", "*"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("only with --dev");
        assertThat(load(Map.of("ROCKET_CORS_ORIGINS", "*", "ROCKET_DEV", "on")).server().corsOrigins())
                .containsExactly("*");
    }
}

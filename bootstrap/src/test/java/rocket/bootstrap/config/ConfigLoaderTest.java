package rocket.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsMatchTheSeedsProductionSettings() {
        RocketConfig config = ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml()));
        assertThat(config.server().port()).isEqualTo(8080);
        assertThat(config.database().poolSize()).isEqualTo(50);
        assertThat(config.database().appPoolSize()).isEqualTo(50);
        assertThat(config.database().embedded()).isTrue();
        assertThat(config.database().dataDir()).isEqualTo(Path.of("./data"));
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsYamlWhichBeatsDefaults() throws IOException {
        Path yaml = dir.resolve("app.yaml");
        Files.writeString(yaml, """
                server:
                  port: 7000
                database:
                  pool_size: 11
                app_pool_size: 12
                platform_jwt_secret: from-yaml
                """);
        Map<String, String> env = Map.of("ROCKET_CONFIG", yaml.toString(), "ROCKET_POOL_SIZE", "21", "PORT", "7100");
        RocketConfig config = ConfigLoader.load(new String[] {"--port", "7200"}, env);
        assertThat(config.server().port()).isEqualTo(7200);
        assertThat(config.database().poolSize()).isEqualTo(21);
        assertThat(config.database().appPoolSize()).isEqualTo(12);
        assertThat(config.security().platformJwtSecret()).isEqualTo("from-yaml");
    }

    @Test
    void secretsNeverAppearInTheConfigsText() {
        RocketConfig config = ConfigLoader.load(new String[] {"--platform-jwt-secret=s3cr3t-value",
                "--database-url=postgres://u:pa55@h/db"}, Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_DATABASE_REPLICA_URL", "postgres://r:repl1ca@standby:5433/db"));
        assertThat(config.toString()).doesNotContain("s3cr3t-value").doesNotContain("pa55").doesNotContain("repl1ca")
                .contains("platform-jwt-secret=*** ", "database-url=postgres://u:***@h:5432/db ",
                        "database-replica-url=postgres://r:***@standby:5433/db ");
        assertThat(config.database().replicaUrl()).isEqualTo("postgres://r:repl1ca@standby:5433/db");
    }

    @Test
    void badNumbersAndUnknownArgumentsAreClearErrors() {
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--port", "eighty"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"stray"}, Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("stray");
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_POOL_SIZE", "0", "ROCKET_CONFIG",
                absentYaml()))).isInstanceOf(ConfigException.class);
    }

    @Test
    void theWebhookLeaseIsNinetySecondsByDefaultAndAShortOrNonNumericOneIsRefused() {
        assertThat(ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml())).webhooks().leaseMillis())
                .isEqualTo(90_000);
        assertThat(ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_WEBHOOK_LEASE_MS", "2000")).webhooks().leaseMillis()).isEqualTo(2_000);
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_WEBHOOK_LEASE_MS", "999"))).isInstanceOf(ConfigException.class)
                .hasMessage("webhook-lease-ms must be between 1000 and 2147483647, got 999");
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_WEBHOOK_LEASE_MS", "90s"))).isInstanceOf(ConfigException.class)
                .hasMessage("webhook-lease-ms must be a whole number, got '90s'");
    }

    @Test
    void databaseUrlFormsAreParsed() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://alice:p%40ss@db.example:6543/mgmt");
        assertThat(url).isEqualTo(new DatabaseUrl("db.example", 6543, "alice", "p@ss", "mgmt", Map.of()));
        DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://localhost/rocket?user=bob&password=pw");
        assertThat(jdbc).isEqualTo(new DatabaseUrl("localhost", 5432, "bob", "pw", "rocket", Map.of()));
        assertThat(url.toString()).doesNotContain("p@ss");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://x/y")).isInstanceOf(ConfigException.class);
    }

    @Test
    void theDefaultBindIsLoopbackAndNoSecretIsConfigured() {
        RocketConfig config = ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml()));
        assertThat(config.server().host()).isEqualTo("127.0.0.1");
        assertThat(config.security().dev()).isFalse();
        assertThat(config.security().platformJwtSecret()).as("generated at start").isNull();
        assertThat(config.database().embeddedFsync()).isTrue();
        assertThat(config.webhooks().allowPrivateTargets()).isFalse();
    }

    @Test
    void theDevelopmentSwitchIsRefusedOnANetworkBind() {
        assertThat(ConfigLoader.load(new String[] {"--dev"}, Map.of("ROCKET_CONFIG", absentYaml())).security().dev())
                .isTrue();
        assertThat(ConfigLoader.load(new String[] {"--host", "localhost"}, Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_DEV", "true")).security().dev()).isTrue();
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--dev", "--host", "0.0.0.0"},
                Map.of("ROCKET_CONFIG", absentYaml()))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void aPublishedOrShortSecretIsRefusedOnANetworkBindButNotOnLoopback() {
        for (String known : new String[] {"changeme-platform-secret", "rocket-platform-secret", "changeme"}) {
            assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--host", "0.0.0.0"}, Map.of("ROCKET_CONFIG",
                    absentYaml(), "ROCKET_PLATFORM_JWT_SECRET", known))).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("published default");
            assertThat(ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                    "ROCKET_PLATFORM_JWT_SECRET", known)).security().platformJwtSecret()).isEqualTo(known);
        }
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--host", "0.0.0.0"}, Map.of("ROCKET_CONFIG",
                absentYaml(), "ROCKET_PLATFORM_JWT_SECRET", "short-but-unknown"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("at least 32");
        assertThat(ConfigLoader.load(new String[] {"--host", "0.0.0.0"}, Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_PLATFORM_JWT_SECRET", "x".repeat(40))).server().host()).isEqualTo("0.0.0.0");
    }

    @Test
    void webhookTemplatesSeeOnlyPrefixedAndListedVariablesAndNeverTheServersOwnSettings() {
        RocketConfig config = ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_WEBHOOK_ENV_TOKEN", "t", "PARTNER", "p", "UNLISTED", "u", "ROCKET_WEBHOOK_ALLOWED_ENV",
                "PARTNER, MISSING"));
        assertThat(config.webhooks().environment()).isEqualTo(Map.of("ROCKET_WEBHOOK_ENV_TOKEN", "t", "PARTNER", "p",
                "MISSING", ""));
        assertThat(config.toString()).doesNotContain("=t,").doesNotContain("=p");
        for (String own : new String[] {"DATABASE_URL", "ROCKET_PLATFORM_JWT_SECRET", "ROCKET_AI_API_KEY"}) {
            assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                    "ROCKET_WEBHOOK_ALLOWED_ENV", own))).isInstanceOf(ConfigException.class).hasMessageContaining(own);
        }
    }

    @Test
    void everyDatabaseUrlParameterIsKeptForTheDriver() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@db:5432/rocket?sslmode=verify-full"
                + "&sslrootcert=%2Fetc%2Fca.pem&connectTimeout=5");
        assertThat(url.parameters()).isEqualTo(Map.of("sslmode", "verify-full", "sslrootcert", "/etc/ca.pem",
                "connectTimeout", "5"));
        assertThat(url.toString()).doesNotContain("/etc/ca.pem").doesNotContain(":p@");
    }

    private String absentYaml() {
        // an explicitly named file that does not exist is an error, so point at an empty one
        Path empty = dir.resolve("empty.yaml");
        try {
            Files.writeString(empty, "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return empty.toString();
    }

    @Test
    void hostileInputLimitsHaveDefaultsAndTheUsualSources() throws IOException {
        RocketConfig defaults = ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml()));
        assertThat(defaults.limits()).isEqualTo(new RocketConfig.Limits(64, 4096, 100));
        assertThat(defaults.performance().queryCacheMaxBytes()).isEqualTo(100L * 1024 * 1024);
        Path yaml = dir.resolve("limits.yaml");
        Files.writeString(yaml, """
                limits:
                  max_json_depth: 32
                performance:
                  query_cache_max_bytes: 5000
                """);
        RocketConfig set = ConfigLoader.load(new String[] {"--max-pattern-length", "40"}, Map.of("ROCKET_CONFIG",
                yaml.toString(), "ROCKET_MAX_EXPRESSION_LENGTH", "2000"));
        assertThat(set.limits()).isEqualTo(new RocketConfig.Limits(32, 2000, 40));
        assertThat(set.performance().queryCacheMaxBytes()).isEqualTo(5000);
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--max-json-depth", "5000"}, Map.of("ROCKET_CONFIG",
                absentYaml()))).isInstanceOf(ConfigException.class).hasMessageContaining("max-json-depth");
    }

    @Test
    void aChangeStreamSendTimeoutMustExceedItsHeartbeat() {
        RocketConfig set = ConfigLoader.load(new String[] {"--change-stream-send-timeout-millis", "5000"},
                Map.of("ROCKET_CONFIG", absentYaml(), "ROCKET_CHANGE_STREAM_HEARTBEAT_MILLIS", "1000"));
        assertThat(set.server().changeStreamSendTimeoutMillis()).isEqualTo(5000);
        assertThat(ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml())).server()
                .changeStreamSendTimeoutMillis()).as("the default").isEqualTo(30_000);
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--change-stream-send-timeout-millis", "1000"},
                Map.of("ROCKET_CONFIG", absentYaml(), "ROCKET_CHANGE_STREAM_HEARTBEAT_MILLIS", "1000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must be above change-stream-heartbeat");
    }

    @Test
    void anUnknownFlagIsAnErrorNamingTheClosestKnownOne() {
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--prot", "1"}, Map.of("ROCKET_CONFIG", absentYaml())))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("Unknown flag --prot (did you mean --port?)");
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--zzzzzz=1"}, Map.of("ROCKET_CONFIG", absentYaml())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--zzzzzz").hasMessageNotContaining("mean");
    }

    @Test
    void anUnknownRocketVariableIsAnErrorButTheLauncherLoggingAndWebhookOnesAreKnown() {
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_POOLSIZE", "5"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ROCKET_POOLSIZE (did you mean ROCKET_POOL_SIZE?)");
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_PROT", "5"))).isInstanceOf(ConfigException.class).hasMessageContaining("did you mean PORT?");
        RocketConfig config = ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_JAVA_OPTS", "-Xmx1g", "ROCKET_HTTP_LOG_LEVEL", "WARN", "ROCKET_WEBHOOK_ENV_ERP", "e",
                "ROCKET_WEBHOOK_ALLOWED_ENV", "ROCKET_PARTNER_KEY", "ROCKET_PARTNER_KEY", "k", "OTHER_TOOL_SETTING", "x"));
        assertThat(config.webhooks().environment()).containsKeys("ROCKET_WEBHOOK_ENV_ERP", "ROCKET_PARTNER_KEY");
    }

    @Test
    void anUnknownYamlKeyIsAnErrorNamingTheClosestKnownOne() throws IOException {
        Path yaml = dir.resolve("typo.yaml");
        Files.writeString(yaml, """
                server:
                  prot: 7000
                """);
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", yaml.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key server.prot")
                .hasMessageContaining("did you mean server.port?");
        Files.writeString(yaml, """
                server:
                  port:
                    number: 7000
                """);
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", yaml.toString())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("server.port must be a single value");
    }

    @Test
    void aSwitchIsOnOrOffAndNothingElse() {
        assertThat(ConfigLoader.load(new String[] {"--events", "false"}, Map.of("ROCKET_CONFIG", absentYaml()))
                .events().enabled()).isFalse();
        assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ROCKET_CONFIG", absentYaml(),
                "ROCKET_EVENTS", "maybe"))).isInstanceOf(ConfigException.class).hasMessageContaining("events must be on or off");
    }

    @Test
    void everyOptionHasItsOwnFlagVariableAndYamlKey() {
        assertThat(Options.ALL).extracting(Option::name).doesNotHaveDuplicates();
        assertThat(Options.ALL).extracting(Option::env).doesNotHaveDuplicates();
        assertThat(Options.ALL.stream().map(Option::yaml).filter(java.util.Objects::nonNull)).doesNotHaveDuplicates();
        String help = OptionsHelp.text();
        for (Option option : Options.ALL) {
            assertThat(help).contains(option.flag(), option.env(), option.description());
        }
    }
}

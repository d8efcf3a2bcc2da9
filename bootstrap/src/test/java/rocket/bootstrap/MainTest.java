package rocket.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.config.Option;
import rocket.bootstrap.config.Options;
import rocket.bootstrap.database.EmbeddedDatabase;
import rocket.bootstrap.http.TestServer;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out()).contains("serve");
        assertThat(err()).isEmpty();
    }

    @Test
    void serveHelpListsEveryFlagWithItsVariableYamlKeyAndDefault() {
        assertThat(run(Map.of(), "serve", "--help")).isZero();
        for (Option option : Options.ALL) {
            assertThat(out()).contains(option.flag(), option.env());
            if (option.yaml() != null) {
                assertThat(out()).contains("app.yaml " + option.yaml());
            }
        }
        assertThat(out()).contains("default 8080", "ROCKET_JAVA_OPTS", "ROCKET_HTTP_LOG_LEVEL", "--verbose")
                .doesNotContain("needs a value");
    }

    @Test
    void aMistypedFlagIsOneLineNamingTheRightOneAndExitCodeTwo() {
        assertThat(run(Map.of(), "serve", "--prot", "1")).isEqualTo(Main.BAD_CONFIGURATION);
        assertThat(err()).isEqualTo("rocket: Unknown flag --prot (did you mean --port?); rocket serve --help lists "
                + "every flag\n");
        assertThat(run(Map.of(), "srve")).isEqualTo(Main.BAD_CONFIGURATION);
        assertThat(err()).contains("unknown command 'srve'");
    }

    @Test
    void aSecondStartOnALockedDataDirectoryIsOneLineAndExitCodeOne() {
        String dataDir = TestServer.sharedDataDir().toString(); // held by the shared server of this JVM
        Map<String, String> env = new HashMap<>(TestServer.TEST_DEFAULTS);
        assertThat(run(env, "serve", "--port", "0", "--data-dir", dataDir)).isEqualTo(Main.FAILED);
        assertThat(err()).startsWith("rocket: The data directory " + java.nio.file.Path.of(dataDir).toAbsolutePath()
                + " is in use by another Rocket (pid " + ProcessHandle.current().pid() + ")").hasLineCount(1)
                .doesNotContain("\tat ");
        err.reset();
        assertThat(run(env, "serve", "--verbose", "--port", "0", "--data-dir", dataDir)).isEqualTo(Main.FAILED);
        assertThat(err()).contains("\tat ");
    }

    @Test
    void aDatabaseThatNeverAnswersFailsTheStartInOneLineNamingWhereItIs() throws Exception {
        // a listening socket nobody accepts from: connections open, PostgreSQL never speaks
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Map<String, String> env = new HashMap<>(TestServer.TEST_DEFAULTS);
            env.put("DATABASE_URL", "postgres://rocket:secret-pw@127.0.0.1:" + silent.getLocalPort() + "/mgmt");
            env.put("ROCKET_DB_CONNECT_TIMEOUT_MS", "1000");
            assertThat(run(env, "serve", "--port", "0", "--data-dir", TestServer.tempDir().toString()))
                    .isEqualTo(Main.FAILED);
        }
        assertThat(err()).hasLineCount(1).startsWith("rocket: Cannot use PostgreSQL at 127.0.0.1:")
                .contains("database 'mgmt', user 'rocket'", "timed out").doesNotContain("secret-pw", "\tat ");
    }

    @Test
    void aWrongPasswordIsOneLineNamingHostPortDatabaseAndTheCauseButNeverThePassword() {
        try (EmbeddedDatabase postgres = TestServer.externalDatabase()) {
            Map<String, String> env = new HashMap<>(TestServer.TEST_DEFAULTS);
            env.put("DATABASE_URL", "postgres://" + EmbeddedDatabase.USER + ":wrong-pw-123@127.0.0.1:" + postgres.port()
                    + "/rocket");
            assertThat(run(env, "serve", "--port", "0", "--data-dir", TestServer.tempDir().toString()))
                    .isEqualTo(Main.FAILED);
            assertThat(err()).hasLineCount(1).startsWith("rocket: Cannot use PostgreSQL at 127.0.0.1:" + postgres.port()
                    + ", database 'rocket', user '" + EmbeddedDatabase.USER + "': ")
                    .contains("password authentication failed").doesNotContain("wrong-pw-123", "\tat ");
        }
    }

    private int run(Map<String, String> env, String... args) {
        out.reset();
        err.reset();
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), RocketServer::close);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

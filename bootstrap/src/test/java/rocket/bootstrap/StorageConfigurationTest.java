package rocket.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rocket.bootstrap.config.ConfigException;
import rocket.bootstrap.config.ConfigLoader;
import rocket.bootstrap.config.RocketConfig;

/** {@code storage-driver}: local by default, s3 with its bucket settings, and clear errors at start. */
class StorageConfigurationTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private RocketConfig load(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(variables);
        env.put("ROCKET_CONFIG", emptyYaml());
        return ConfigLoader.load(new String[0], env);
    }

    /** An explicitly named configuration file must exist. */
    private String emptyYaml() {
        try {
            return Files.writeString(dir.resolve("empty.yaml"), "").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void filesStayOnLocalDiskUnlessS3IsChosen() {
        RocketConfig.Storage storage = load(Map.of()).storage();

        assertThat(storage.s3()).isNull();
        assertThat(storage.directory()).isEqualTo(Path.of("./data").resolve("uploads"));
    }

    @Test
    void theS3DriverTakesBucketRegionEndpointAndPathStyle() {
        RocketConfig.S3 s3 = load(Map.of("ROCKET_STORAGE_DRIVER", "s3", "ROCKET_STORAGE_S3_BUCKET", "rocket-files",
                "ROCKET_STORAGE_S3_REGION", "eu-central-1", "ROCKET_STORAGE_S3_ENDPOINT", "http://minio:9000",
                "ROCKET_STORAGE_S3_PATH_STYLE", "on")).storage().s3();

        assertThat(s3).isEqualTo(new RocketConfig.S3("rocket-files", "eu-central-1", URI.create("http://minio:9000"),
                true));
    }

    @Test
    void regionEndpointAndPathStyleAreOptional() {
        RocketConfig.S3 s3 = load(Map.of("ROCKET_STORAGE_DRIVER", "S3", "ROCKET_STORAGE_S3_BUCKET", "b"))
                .storage().s3();

        assertThat(s3).isEqualTo(new RocketConfig.S3("b", null, null, false));
    }

    @Test
    void theS3DriverWithoutABucketIsAClearError() {
        assertThatThrownBy(() -> load(Map.of("ROCKET_STORAGE_DRIVER", "s3")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("storage-driver s3 needs a bucket: set storage-s3-bucket (ROCKET_STORAGE_S3_BUCKET, "
                        + "storage.s3.bucket)");
    }

    @Test
    void anUnknownDriverOrAMalformedEndpointIsAClearError() {
        assertThatThrownBy(() -> load(Map.of("ROCKET_STORAGE_DRIVER", "gcs")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("storage-driver must be local or s3, got 'gcs'");
        assertThatThrownBy(() -> load(Map.of("ROCKET_STORAGE_DRIVER", "s3", "ROCKET_STORAGE_S3_BUCKET", "b",
                "ROCKET_STORAGE_S3_ENDPOINT", "minio:9000")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("storage-s3-endpoint must be an http(s) URL");
    }

    @Test
    void startingWithTheS3DriverAndNoBucketFailsInOneLineWithExitCodeTwo() {
        int code = serve(Map.of("ROCKET_STORAGE_DRIVER", "s3"));

        assertThat(code).isEqualTo(Main.BAD_CONFIGURATION);
        assertThat(err()).isEqualTo("rocket: storage-driver s3 needs a bucket: set storage-s3-bucket "
                + "(ROCKET_STORAGE_S3_BUCKET, storage.s3.bucket)\n");
    }

    @Test
    void aBucketThatCannotBeReachedFailsTheStartInOneLineWithExitCodeOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        int code = serve(Map.of("ROCKET_STORAGE_DRIVER", "s3", "ROCKET_STORAGE_S3_BUCKET", "files",
                "ROCKET_STORAGE_S3_REGION", "us-east-1", "ROCKET_STORAGE_S3_ENDPOINT", "http://127.0.0.1:" + closedPort,
                "ROCKET_STORAGE_S3_PATH_STYLE", "on", "ROCKET_EMBEDDED_FSYNC", "off"));

        assertThat(code).isEqualTo(Main.FAILED);
        assertThat(err()).startsWith("rocket: Cannot reach S3 bucket files: ").endsWith("\n")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    private int serve(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(variables);
        env.put("ROCKET_CONFIG", emptyYaml());
        return Main.run(new String[] {"serve", "--port", "0", "--data-dir", dir.toString()}, env,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), RocketServer::close);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

package rocket.bootstrap.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real S3-protocol server (s3proxy, objects in memory) in a process of its own, started from the storage module's
 * test classpath: s3proxy's servlet API and Jackson are older than the server's, so it cannot share this JVM. While
 * it runs, its key pair is this JVM's AWS credentials (the SDK's system properties). It ends when this test JVM
 * closes its standard input.
 */
final class S3ProxyProcess implements AutoCloseable {
    private static final Path STORAGE = Path.of("..", "adapters-storage", "target");
    private final Process process;
    private final Map<String, String> announced;
    private final String bucket;

    private S3ProxyProcess(Process process, Map<String, String> announced, String bucket) {
        this.process = process;
        this.announced = announced;
        this.bucket = bucket;
    }

    static S3ProxyProcess start(String bucket) {
        try {
            String classpath = String.join(java.io.File.pathSeparator, STORAGE.resolve("test-classes").toString(),
                    STORAGE.resolve("classes").toString(),
                    Files.readString(STORAGE.resolve("s3proxy-classpath.txt")).trim());
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", classpath, "rocket.adapters.storage.S3ProxyMain", bucket))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            Map<String, String> announced = new HashMap<>();
            while (announced.size() < 3) {
                String line = out.readLine();
                if (line == null) {
                    throw new IllegalStateException("s3proxy ended before it announced its port (exit "
                            + process.waitFor() + ")");
                }
                int eq = line.indexOf('=');
                if (eq > 0) {
                    announced.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            // the SDK's default credentials chain reads these system properties (in production: the environment)
            System.setProperty("aws.accessKeyId", announced.get("access"));
            System.setProperty("aws.secretAccessKey", announced.get("secret"));
            return new S3ProxyProcess(process, announced, bucket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server settings of a Rocket instance storing its files in this bucket. */
    Map<String, String> storageSettings() {
        return Map.of("ROCKET_STORAGE_DRIVER", "s3", "ROCKET_STORAGE_S3_BUCKET", bucket,
                "ROCKET_STORAGE_S3_REGION", "us-east-1",
                "ROCKET_STORAGE_S3_ENDPOINT", "http://127.0.0.1:" + announced.get("port"),
                "ROCKET_STORAGE_S3_PATH_STYLE", "on");
    }

    /** This bucket's key pair as the AWS SDK's environment variables, for a server in a process of its own. */
    Map<String, String> credentialsEnvironment() {
        return Map.of("AWS_ACCESS_KEY_ID", announced.get("access"), "AWS_SECRET_ACCESS_KEY", announced.get("secret"));
    }

    @Override
    public void close() throws IOException {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        process.getOutputStream().close();
        process.destroy();
    }
}

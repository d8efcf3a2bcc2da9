package rocket.bootstrap.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code rocket serve} in a JVM of its own, so a test can kill it with SIGKILL: the same JDK as the tests, launched as
 * {@code bin/rocket serve} launches it (the module path of the build's runtime dependencies, written by
 * maven-dependency-plugin, and {@code src/dist/java-args}), on a free loopback port. Its output goes to
 * {@code server.log} in its data directory; it is killed when the test JVM exits, should a test leave it running.
 */
final class ServerProcess {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a server on {@code data} with exactly {@code env} as its settings (none inherited from this JVM's
     * environment) and returns once its health route answers.
     */
    static ServerProcess start(Path data, Map<String, String> env) {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            String modulePath = TARGET.resolve("classes") + java.io.File.pathSeparator
                    + Files.readString(TARGET.resolve("server-module-path.txt")).trim();
            Path log = data.resolve("server.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-p", modulePath, "@" + Path.of("src", "dist", "java-args").toAbsolutePath(), "serve",
                    "--port", String.valueOf(port), "--host", "127.0.0.1", "--data-dir", data.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().keySet().removeIf(name -> name.startsWith("ROCKET_") || name.startsWith("AWS_")
                    || name.equals("DATABASE_URL") || name.equals("PORT"));
            builder.environment().putAll(env);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ServerProcess server = new ServerProcess(process, port, log);
            server.awaitHealthy();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    Api api() {
        return new Api(port);
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("server exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    HttpResponse<Void> health = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        throw new AssertionError("server did not become healthy within " + START_TIMEOUT + "; see " + log);
    }

    /** SIGKILL, as a crash: no shutdown hook runs, nothing in flight is finished or recorded. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: the graceful stop, which also stops an embedded PostgreSQL; SIGKILL after 60 s. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(60))) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }
}

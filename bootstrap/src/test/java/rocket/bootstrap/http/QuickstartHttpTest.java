package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;

/**
 * Runs the README's quickstart as written: its marked blocks, in order, as one {@code bash -euo pipefail} script
 * against a fresh development-mode server ({@code BASE} points at it). The blocks check their own answers with
 * {@code jq -e}, so any drift between the README and the server fails here.
 */
class QuickstartHttpTest {
    /** A bound on a hung script (the run takes a few seconds), not a measured expectation. */
    private static final long MAX_MINUTES = 5;

    @Test
    void theReadmeQuickstartRunsAsWritten() throws IOException, InterruptedException {
        Path work = TestServer.tempDir(); // the script's working directory (it writes a file to upload)
        assertThat(run(work, "command -v curl && command -v jq").exitCode())
                .as("the quickstart needs curl and jq on the PATH (e.g. apt-get install curl jq)").isZero();
        List<String> blocks = QuickstartScript.blocks();
        assertThat(blocks).as("marked blocks in README.md").hasSizeGreaterThanOrEqualTo(9);
        assertThat(String.join("\n", blocks)).as("blocks reach the server through $BASE only")
                .doesNotContain("localhost:8080/");

        Path dataDir = TestServer.tempDir();
        try (RocketServer server = TestServer.start(dataDir, TestServer.FAST)) {
            Path script = work.resolve("quickstart.sh").toAbsolutePath();
            Files.writeString(script, String.join("\n\n", blocks) + "\n");
            Result result = run(work, "BASE=http://127.0.0.1:" + server.port() + " bash -euo pipefail -x " + script);
            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("\"shop\"", "\"post\"", "\"comments\"", "\"tags\"");
            assertThat(result.output().lines().filter("true"::equals).count()).as(result.output())
                    .isGreaterThanOrEqualTo(15);
        }
    }

    @Test
    void onlyMarkedBashBlocksBelongToTheScript() {
        String markdown = String.join("\n", "```bash", "not this", "```", QuickstartScript.MARKER, "```bash",
                "echo one", "```", QuickstartScript.MARKER, "```bash", "echo two", "echo three", "```");
        assertThat(QuickstartScript.blocks(markdown)).containsExactly("echo one", "echo two\necho three");
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs a bash command line in {@code work}, output and errors together. */
    private static Result run(Path work, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).directory(work.toFile()).redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(MAX_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}

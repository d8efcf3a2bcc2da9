package rocket.bootstrap.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL programs ({@code initdb}, {@code pg_ctl}, {@code postgres --single}) of the unpacked
 * binaries. PostgreSQL refuses to run as root; as root each program runs in a user namespace
 * ({@code unshare -U}), where it is not root but still owns the files it creates.
 */
final class PostgresCommands {
    private static final long TIMEOUT_SECONDS = 120;
    private static final int MAX_OUTPUT = 8 * 1024;
    private final Path home;
    private final boolean unshare;

    PostgresCommands(Path home) {
        this.home = home;
        this.unshare = LinuxUtils.isUnshareAvailable();
    }

    /** The major version of these binaries ("18" for 18.6), as {@code PG_VERSION} files of their clusters say it. */
    String majorVersion() {
        String output = run("postgres", List.of("--version"), null).trim(); // "postgres (PostgreSQL) 18.6"
        String version = output.substring(output.lastIndexOf(' ') + 1);
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /**
     * Runs {@code program} with {@code args}; {@code stdin} (may be null) is written to its input, never logged.
     * Returns the first few KiB of its output.
     */
    String run(String program, List<String> args, String stdin) {
        List<String> command = new ArrayList<>();
        if (unshare) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(program).toString());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String output = head(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): " + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + program, e);
        }
    }

    /** Reads all output (so the program never blocks on a full pipe) and keeps the first few KiB. */
    private static String head(InputStream out) throws IOException {
        byte[] kept = out.readNBytes(MAX_OUTPUT);
        out.transferTo(OutputStream.nullOutputStream());
        return new String(kept, StandardCharsets.UTF_8);
    }
}

package rocket.bootstrap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.bootstrap.config.SecretFiles;
import rocket.bootstrap.config.StartFailure;

/**
 * The default database: PostgreSQL from the zonky binaries artifact, run by us with production settings — data
 * under {@code <dataDir>/postgres}, {@code fsync} and {@code synchronous_commit} on, TCP on 127.0.0.1 only, no Unix
 * socket, and SCRAM password authentication for everyone (the password is generated into
 * {@code <dataDir>/secrets/postgres-password}). Data directories made by earlier releases (trust authentication)
 * get the password on their next start. A PostgreSQL left running by a Rocket that was killed is stopped and
 * restarted, never shared.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String USER = "postgres";
    private static final String PASSWORD_FILE = "postgres-password";

    private final PostgresCommands commands;
    private final Path pgdata;
    private final int port;
    private final String password;
    private final DataDirectoryLock lock;

    private EmbeddedDatabase(PostgresCommands commands, Path pgdata, int port, String password, DataDirectoryLock lock) {
        this.commands = commands;
        this.pgdata = pgdata;
        this.port = port;
        this.password = password;
        this.lock = lock;
    }

    /** {@code durable} false turns off fsync (test suites only: an OS crash may then corrupt the data). */
    public static EmbeddedDatabase start(Path dataDir, int maxConnections, boolean durable) {
        Path root = dataDir.toAbsolutePath().normalize();
        DataDirectoryLock lock = DataDirectoryLock.acquire(root);
        try {
            SecretFiles secrets = new SecretFiles(root);
            String password = secrets.readOrCreate(PASSWORD_FILE);
            Path pgdata = root.resolve("postgres");
            PostgresCommands commands = new PostgresCommands(PostgresBinaries.unpacked());
            stopOrphan(commands, pgdata);
            if (!Files.exists(pgdata.resolve("PG_VERSION"))) {
                initdb(commands, pgdata, secrets.path(PASSWORD_FILE));
            } else {
                requireSameMajorVersion(commands, pgdata);
            }
            if (trusting(pgdata)) {
                LOG.info("Giving the embedded PostgreSQL in {} a password (it was made with trust authentication)", pgdata);
                commands.run("postgres", List.of("--single", "-D", pgdata.toString(), USER),
                        "ALTER USER " + USER + " PASSWORD '" + password + "';\n"); // hex: nothing to escape
            }
            writeHba(pgdata);
            int port = freePort();
            commands.run("pg_ctl", List.of("-D", pgdata.toString(), "-l", root.resolve("postgres.log").toString(),
                    "-w", "-t", "60", "-o", options(port, maxConnections, durable), "start"), null);
            LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {} (fsync {})", port, pgdata,
                    durable ? "on" : "OFF: not crash-safe");
            return new EmbeddedDatabase(commands, pgdata, port, password, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void initdb(PostgresCommands commands, Path pgdata, Path passwordFile) {
        LOG.info("Creating the embedded PostgreSQL database cluster in {}", pgdata);
        commands.run("initdb", List.of("-D", pgdata.toString(), "-U", USER, "-A", "scram-sha-256",
                "--pwfile=" + passwordFile, "-E", "UTF8", "--no-locale"), null);
    }

    /**
     * A cluster made by another PostgreSQL major version cannot be opened by these binaries; say so plainly instead
     * of pg_ctl's "could not start server" (README, "Upgrading": move the data with a dump).
     */
    private static void requireSameMajorVersion(PostgresCommands commands, Path pgdata) {
        String made;
        try {
            made = Files.readString(pgdata.resolve("PG_VERSION")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pgdata.resolve("PG_VERSION"), e);
        }
        String bundled = commands.majorVersion();
        if (!made.equals(bundled)) {
            throw new StartFailure("The embedded database in " + pgdata + " was made by PostgreSQL " + made
                    + ", but this Rocket bundles PostgreSQL " + bundled + ": keep using the Rocket release that made"
                    + " it, or move the data with a dump (README, \"Upgrading\")", null);
        }
    }

    /** Settings on the command line, so they hold whatever postgresql.conf says. */
    private static String options(int port, int maxConnections, boolean durable) {
        String sync = durable ? "on" : "off";
        return String.join(" ", "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=", "-c", "max_connections=" + maxConnections, "-c", "timezone=UTC",
                "-c", "fsync=" + sync, "-c", "synchronous_commit=" + sync, "-c", "full_page_writes=" + sync,
                "-c", "logging_collector=on", "-c", "log_directory=log", "-c", "log_filename=postgresql-%a.log",
                "-c", "log_truncate_on_rotation=on", "-c", "log_rotation_age=1440", "-c", "log_rotation_size=0");
    }

    /** Password (SCRAM) authentication on loopback only; written at every start so nobody can weaken it for good. */
    private static void writeHba(Path pgdata) {
        try {
            Files.writeString(pgdata.resolve("pg_hba.conf"), """
                    # Written by Rocket at every start: SCRAM password authentication only, never trust.
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + pgdata.resolve("pg_hba.conf"), e);
        }
    }

    private static boolean trusting(Path pgdata) {
        try {
            return Files.readAllLines(pgdata.resolve("pg_hba.conf")).stream().map(String::trim)
                    .filter(line -> !line.startsWith("#")).anyMatch(line -> line.matches(".*\\btrust\\b.*"));
        } catch (IOException e) {
            return true; // no readable pg_hba.conf: set the password to be sure
        }
    }

    /** We hold the data directory's lock, so a postmaster still running on it belongs to a Rocket that died. */
    private static void stopOrphan(PostgresCommands commands, Path pgdata) {
        Optional<Long> pid = postmasterPid(pgdata);
        if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            LOG.warn("Stopping an embedded PostgreSQL (pid {}) left running by a Rocket that did not shut down", pid.get());
            commands.run("pg_ctl", List.of("-D", pgdata.toString(), "-m", "fast", "-w", "-t", "60", "stop"), null);
        }
    }

    private static Optional<Long> postmasterPid(Path pgdata) {
        try {
            List<String> lines = Files.readAllLines(pgdata.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            commands.run("pg_ctl", List.of("-D", pgdata.toString(), "-m", "fast", "-w", "-t", "60", "stop"), null);
        } catch (RuntimeException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            lock.close();
        }
    }
}

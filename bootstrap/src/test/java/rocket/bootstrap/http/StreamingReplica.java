package rocket.bootstrap.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import rocket.bootstrap.database.EmbeddedDatabase;

/**
 * A PostgreSQL primary and a streaming standby of it, both from the embedded binaries. Those have no
 * {@code pg_basebackup}, so the standby starts as a copy of the cleanly stopped primary's data directory with
 * {@code standby.signal} and a {@code primary_conninfo}; the restarted primary accepts its replication connection.
 */
final class StreamingReplica implements AutoCloseable {
    private final EmbeddedDatabase primary;
    private final EmbeddedDatabase standby;
    private boolean standbyStopped;

    private StreamingReplica(EmbeddedDatabase primary, EmbeddedDatabase standby) {
        this.primary = primary;
        this.standby = standby;
    }

    static StreamingReplica start() {
        Path primaryDir = TestServer.tempDir();
        Path standbyDir = TestServer.tempDir();
        TestServer.externalDatabase(primaryDir).close(); // initdb, then a clean stop: a consistent copy
        copy(primaryDir.resolve("postgres"), standbyDir.resolve("postgres"));
        copy(primaryDir.resolve("secrets"), standbyDir.resolve("secrets")); // the cluster's password, copied with it
        EmbeddedDatabase primary = TestServer.externalDatabase(primaryDir);
        try {
            // Rocket writes pg_hba.conf at every start; replication connections are for this test only
            append(primaryDir.resolve("postgres/pg_hba.conf"), "host replication all 127.0.0.1/32 scram-sha-256\n");
            sql(primary, "SELECT pg_reload_conf()");
            append(standbyDir.resolve("postgres/postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port="
                    + primary.port() + " user=" + EmbeddedDatabase.USER + " password=" + primary.password() + "'\n");
            Files.createFile(standbyDir.resolve("postgres/standby.signal"));
            EmbeddedDatabase standby = TestServer.externalDatabase(standbyDir);
            StreamingReplica pair = new StreamingReplica(primary, standby);
            pair.awaitStreaming();
            return pair;
        } catch (IOException | RuntimeException e) {
            primary.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    EmbeddedDatabase primary() {
        return primary;
    }

    EmbeddedDatabase standby() {
        return standby;
    }

    /** {@code pg_wal_replay_pause()} / {@code pg_wal_replay_resume()} on the standby. */
    void replay(boolean running) {
        sql(standby, running ? "SELECT pg_wal_replay_resume()" : "SELECT pg_wal_replay_pause()");
    }

    /** Stops the standby (fast shutdown); {@link #close} then only stops the primary. */
    void stopStandby() {
        standbyStopped = true;
        standby.close();
    }

    /** The first column of the first row of {@code query} on {@code database} of the standby, as text. */
    String onStandby(String database, String query) {
        return sql(standby, database, query);
    }

    private void awaitStreaming() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"1".equals(sql(primary, "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the standby did not start streaming within 30 s");
            }
            sleep();
        }
    }

    private static String sql(EmbeddedDatabase server, String query) {
        return sql(server, "postgres", query);
    }

    private static String sql(EmbeddedDatabase server, String database, String query) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port()
                + "/" + database, EmbeddedDatabase.USER, server.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    /** {@code cp -a}: keeps the owner and the 0700 mode PostgreSQL insists on for its data directory. */
    private static void copy(Path from, Path to) {
        try {
            Process cp = new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start();
            if (cp.waitFor() != 0) {
                throw new IllegalStateException("cp -a " + from + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void append(Path file, String line) throws IOException {
        Files.writeString(file, line, StandardOpenOption.APPEND);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (!standbyStopped) {
                standby.close();
            }
        } finally {
            primary.close();
        }
    }
}

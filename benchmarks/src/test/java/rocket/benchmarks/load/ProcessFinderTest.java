package rocket.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process search and the CPU clocks over a fake {@code /proc} shaped like a real one. */
class ProcessFinderTest {
    @TempDir
    Path root;
    private Path proc;
    private Path srv;
    private Procfs procfs;

    @BeforeEach
    void aServerWithAReparentedEmbeddedPostgresAndAnotherServersPostgres() throws IOException {
        proc = root.resolve("proc");
        srv = root.resolve("srv");
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:477D 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 41234 1
                   1: 0100007F:B5A2 0100007F:477D 01 00000000:00000000 00:00000000 00000000     0        0 41999 1
                """);
        Files.writeString(proc.resolve("net/tcp6"), "  sl  local_address remote_address st\n");
        process(100, "java", 1, 900, 100, 0, 0, "/opt/java/bin/java", "-p", "x", "serve", "--port", "18301",
                "--data-dir", "lc-a");
        Files.createSymbolicLink(proc.resolve("100/cwd"), srv);
        Files.createSymbolicLink(proc.resolve("100/fd/7"), Path.of("socket:[41234]"));
        Files.createSymbolicLink(proc.resolve("100/fd/8"), Path.of("socket:[41999]"));
        // the load client's end of a connection holds another inode
        process(150, "java", 1, 5, 5, 0, 0, "java", "rocket.benchmarks.load.LoadCommand");
        Files.createSymbolicLink(proc.resolve("150/fd/3"), Path.of("pipe:[777]"));
        // pg_ctl started it: its parent is init, not the JVM
        process(200, "postgres", 1, 10, 20, 30, 40, "/cache/bin/postgres", "-D", srv.resolve("lc-a/postgres").toString(), "-p", "38689");
        process(201, "postgres", 200, 100, 50, 0, 0, "postgres: postgres rocket_bench 127.0.0.1(57936) idle");
        process(202, "postgres", 200, 7, 3, 0, 0, "postgres: checkpointer ");
        process(300, "postgres", 1, 1, 1, 0, 0, "/cache/bin/postgres", "-D", srv.resolve("lc-b/postgres").toString());
        procfs = new Procfs(proc, 100);
    }

    @Test
    void theServerIsTheProcessHoldingTheListeningSocketOfALoopbackPort() {
        ProcessFinder finder = new ProcessFinder(procfs);

        assertThat(finder.server("http://127.0.0.1:18301")).isEqualTo(OptionalInt.of(100));
        assertThat(finder.server("http://localhost:18301")).isEqualTo(OptionalInt.of(100));
        assertThat(finder.server("http://127.0.0.1:18302")).isEmpty();
        assertThat(finder.server("http://192.0.2.1:18301")).isEmpty();
    }

    @Test
    void aPostmasterThatIsNoChildIsFoundByItsDataDirectoryUnderTheServersDataDir() {
        assertThat(new ProcessFinder(procfs).postmaster(100)).isEqualTo(OptionalInt.of(200));
    }

    @Test
    void aPostmasterAmongTheServersDescendantsWins() throws IOException {
        process(400, "java", 1, 1, 1, 0, 0, "java", "serve");
        Files.createSymbolicLink(proc.resolve("400/cwd"), root.resolve("elsewhere"));
        process(401, "sh", 400, 0, 0, 0, 0, "sh");
        process(402, "postgres", 401, 0, 0, 0, 0, "postgres", "-D", root.resolve("elsewhere/pg").toString());

        assertThat(new ProcessFinder(procfs).postmaster(400)).isEqualTo(OptionalInt.of(402));
    }

    @Test
    void twoPostmastersUnderTheServersDirectoryAreNoAnswer() throws IOException {
        process(500, "java", 1, 1, 1, 0, 0, "java", "serve");
        Files.createSymbolicLink(proc.resolve("500/cwd"), srv);

        assertThat(new ProcessFinder(procfs).postmaster(500)).isEmpty();
    }

    @Test
    void postgresCpuIsThePostmasterItsLiveDescendantsAndItsReapedChildren() {
        OptionalLong nanos = CpuClock.postgres(procfs, 200).nanos();

        // (10 + 20) own + (30 + 40) reaped + (100 + 50) + (7 + 3) live backends, in ticks of 10 ms
        assertThat(nanos).isEqualTo(OptionalLong.of(260 * 10_000_000L));
        assertThat(CpuClock.process(procfs, 100).nanos()).isEqualTo(OptionalLong.of(1000 * 10_000_000L));
        assertThat(CpuClock.process(procfs, 999).nanos()).isEmpty();
        assertThat(CpuClock.postgres(procfs, 999).nanos()).isEmpty();
    }

    private void process(int pid, String comm, int ppid, long utime, long stime, long cutime, long cstime,
                         String... argv) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(String.valueOf(pid)));
        Files.createDirectories(dir.resolve("fd"));
        Files.writeString(dir.resolve("stat"), pid + " (" + comm + ") S " + ppid + " " + pid + " " + pid
                + " 0 -1 4194304 100 0 0 0 " + utime + " " + stime + " " + cutime + " " + cstime
                + " 20 0 1 0 55460 239972352 8241\n");
        Files.writeString(dir.resolve("cmdline"), String.join("\0", argv) + "\0");
        Files.writeString(dir.resolve("environ"), "PATH=/usr/bin\0HOME=/root\0");
    }
}

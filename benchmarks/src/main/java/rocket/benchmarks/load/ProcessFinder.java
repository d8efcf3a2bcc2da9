package rocket.benchmarks.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Finds the processes whose CPU a run reports when no pid was given: the server listening on a loopback base URL's
 * port, and the PostgreSQL postmaster serving it.
 */
final class ProcessFinder {
    private static final String POSTGRES = "postgres";

    private final Procfs procfs;

    ProcessFinder(Procfs procfs) {
        this.procfs = procfs;
    }

    /** The process listening on the base URL's port; empty unless its host is a loopback address. */
    OptionalInt server(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (uri.getHost() == null || !loopback(uri.getHost())) {
            return OptionalInt.empty();
        }
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
        return procfs.listener(port);
    }

    /**
     * The postmaster of the server's database: a postgres process among the server's descendants, else (an
     * embedded PostgreSQL started through {@code pg_ctl} is re-parented away from the JVM) the one postmaster whose
     * {@code -D} data directory lies under the server's {@code --data-dir} (flag or {@code ROCKET_DATA_DIR}), or
     * under its working directory when neither is set.
     */
    OptionalInt postmaster(int serverPid) {
        List<ProcStat> processes = procfs.processes();
        Map<Integer, ProcStat> byPid = new HashMap<>();
        processes.forEach(p -> byPid.put(p.pid(), p));
        for (int pid : descendants(serverPid, processes)) {
            if (isPostmaster(byPid.get(pid), byPid)) {
                return OptionalInt.of(pid);
            }
        }
        Path cwd = procfs.cwd(serverPid).orElse(null);
        if (cwd == null) {
            return OptionalInt.empty();
        }
        Path under = dataDir(serverPid, cwd);
        List<Integer> matches = new ArrayList<>();
        for (ProcStat process : processes) {
            if (isPostmaster(process, byPid)) {
                Path pgdata = pgdata(process.pid());
                if (pgdata != null && pgdata.startsWith(under)) {
                    matches.add(process.pid());
                }
            }
        }
        // two postmasters under one working directory: which is the server's cannot be told, so neither
        return matches.size() == 1 ? OptionalInt.of(matches.getFirst()) : OptionalInt.empty();
    }

    /** Every descendant of {@code pid}, breadth first. */
    static List<Integer> descendants(int pid, List<ProcStat> processes) {
        Map<Integer, List<Integer>> children = new HashMap<>();
        processes.forEach(p -> children.computeIfAbsent(p.ppid(), k -> new ArrayList<>()).add(p.pid()));
        List<Integer> found = new ArrayList<>();
        Deque<Integer> next = new ArrayDeque<>(children.getOrDefault(pid, List.of()));
        while (!next.isEmpty()) {
            int child = next.removeFirst();
            found.add(child);
            next.addAll(children.getOrDefault(child, List.of()));
        }
        return found;
    }

    private static boolean isPostmaster(ProcStat process, Map<Integer, ProcStat> byPid) {
        if (process == null || !process.comm().equals(POSTGRES)) {
            return false;
        }
        ProcStat parent = byPid.get(process.ppid());
        return parent == null || !parent.comm().equals(POSTGRES);
    }

    private Path dataDir(int serverPid, Path cwd) {
        List<String> args = procfs.cmdline(serverPid);
        String dataDir = procfs.environ(serverPid).get("ROCKET_DATA_DIR");
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                dataDir = args.get(i + 1);
            } else if (args.get(i).startsWith("--data-dir=")) {
                dataDir = args.get(i).substring("--data-dir=".length());
            }
        }
        return dataDir == null ? cwd : cwd.resolve(dataDir).normalize();
    }

    private Path pgdata(int pid) {
        List<String> args = procfs.cmdline(pid);
        int flag = args.indexOf("-D");
        if (flag < 0 || flag + 1 >= args.size()) {
            return null;
        }
        Path pgdata = Path.of(args.get(flag + 1));
        return pgdata.isAbsolute() ? pgdata.normalize() : procfs.cwd(pid).map(c -> c.resolve(pgdata).normalize())
                .orElse(null);
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package rocket.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Linux's process table under a root ({@code /proc}, or a fake tree in tests). Every read tolerates processes that
 * vanish or are not ours to read: it answers empty rather than failing, since CPU figures are best effort.
 */
final class Procfs {
    private final Path root;
    private final long ticksPerSecond;

    Procfs(Path root, long ticksPerSecond) {
        this.root = root;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** This machine's {@code /proc}, ticks from {@code getconf CLK_TCK} (100 when that cannot be asked). */
    static Procfs system() {
        return new Procfs(Path.of("/proc"), clockTicks());
    }

    long nanosPerTick() {
        return 1_000_000_000L / ticksPerSecond;
    }

    Optional<ProcStat> stat(int pid) {
        try {
            return Optional.of(ProcStat.parse(Files.readString(root.resolve(pid + "/stat")).trim()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every process readable now. */
    List<ProcStat> processes() {
        List<ProcStat> all = new ArrayList<>();
        for (int pid : pids()) {
            stat(pid).ifPresent(all::add);
        }
        return all;
    }

    /** argv of {@code pid} (NUL-separated in {@code cmdline}), empty when unreadable. */
    List<String> cmdline(int pid) {
        return nulSeparated(root.resolve(pid + "/cmdline"));
    }

    /** The environment {@code pid} started with. */
    Map<String, String> environ(int pid) {
        Map<String, String> environment = new HashMap<>();
        for (String entry : nulSeparated(root.resolve(pid + "/environ"))) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }

    Optional<Path> cwd(int pid) {
        try {
            return Optional.of(Files.readSymbolicLink(root.resolve(pid + "/cwd")));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * The process holding a socket that listens on {@code port} (IPv4 or IPv6), the lowest pid when several share
     * it (a fork inherits the socket): found through the socket's inode among the processes' open files.
     */
    OptionalInt listener(int port) {
        Set<Long> inodes = new TreeSet<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            inodes.addAll(TcpListeners.inodes(lines(root.resolve(table)), port));
        }
        if (inodes.isEmpty()) {
            return OptionalInt.empty();
        }
        Set<String> links = new TreeSet<>();
        inodes.forEach(inode -> links.add("socket:[" + inode + "]"));
        for (int pid : pids()) {
            if (holdsAny(pid, links)) {
                return OptionalInt.of(pid);
            }
        }
        return OptionalInt.empty();
    }

    private boolean holdsAny(int pid, Set<String> links) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(root.resolve(pid + "/fd"))) {
            for (Path fd : fds) {
                try {
                    if (links.contains(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            // gone, or not ours to read
        }
        return false;
    }

    /** Numeric entries of the root, ascending. */
    private List<Integer> pids() {
        List<Integer> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            entries.forEach(p -> pids.add(Integer.parseInt(p.getFileName().toString())));
        } catch (IOException e) {
            return List.of();
        }
        pids.sort(null);
        return pids;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> nulSeparated(Path file) {
        try {
            String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return content.isEmpty() ? List.of() : Arrays.asList(content.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static long clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            try (InputStream out = getconf.getInputStream()) {
                String answer = new String(out.readAllBytes(), StandardCharsets.US_ASCII).trim();
                return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
            }
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}

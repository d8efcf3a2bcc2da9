package rocket.benchmarks.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code /proc/net/tcp} and {@code /proc/net/tcp6}: the socket inodes listening on a port. */
final class TcpListeners {
    private static final String LISTEN = "0A";

    private TcpListeners() {
    }

    /**
     * The inodes of the listening sockets on {@code port}, any local address, from the table's lines (the header
     * line is skipped). A line: {@code sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...},
     * addresses as {@code HEXADDR:HEXPORT}.
     */
    static Set<Long> inodes(List<String> lines, int port) {
        Set<Long> inodes = new LinkedHashSet<>();
        for (String line : lines) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 10 || !fields[0].endsWith(":") || !fields[3].equals(LISTEN)) {
                continue;
            }
            String local = fields[1];
            int localPort = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16);
            if (localPort == port) {
                inodes.add(Long.parseLong(fields[9]));
            }
        }
        return inodes;
    }
}

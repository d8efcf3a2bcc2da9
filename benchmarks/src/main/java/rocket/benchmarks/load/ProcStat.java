package rocket.benchmarks.load;

/**
 * The fields of one {@code /proc/<pid>/stat} line the CPU figures need; times are in clock ticks (CLK_TCK).
 * {@code cutime}/{@code cstime} are the CPU of the process's children it has reaped.
 */
record ProcStat(int pid, String comm, int ppid, long utime, long stime, long cutime, long cstime) {
    /**
     * Parses a stat line. The command name sits in parentheses and may itself hold spaces and parentheses, so the
     * fields after it are counted from the last {@code )}.
     */
    static ProcStat parse(String line) {
        int open = line.indexOf('(');
        int close = line.lastIndexOf(')');
        if (open <= 0 || close < open) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line);
        }
        // rest[0] is field 3 (state), so field n is rest[n - 3]
        String[] rest = line.substring(close + 1).trim().split("\\s+");
        if (rest.length < 15) {
            throw new IllegalArgumentException("too few fields in /proc/<pid>/stat line: " + line);
        }
        try {
            return new ProcStat(Integer.parseInt(line.substring(0, open).trim()), line.substring(open + 1, close),
                    Integer.parseInt(rest[1]), Long.parseLong(rest[11]), Long.parseLong(rest[12]),
                    Long.parseLong(rest[13]), Long.parseLong(rest[14]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + line, e);
        }
    }

    /** Own CPU (user + system), in ticks. */
    long ownTicks() {
        return utime + stime;
    }

    /** CPU of reaped children (user + system), in ticks. */
    long reapedChildrenTicks() {
        return cutime + cstime;
    }
}

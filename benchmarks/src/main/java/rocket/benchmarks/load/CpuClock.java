package rocket.benchmarks.load;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Cumulative CPU time (user + system) of something, in nanoseconds; empty once it cannot be read (gone). */
@FunctionalInterface
interface CpuClock {
    OptionalLong nanos();

    /** One process, all its threads ({@code utime + stime}; in CLK_TCK steps, normally 10 ms). */
    static CpuClock process(Procfs procfs, int pid) {
        return () -> procfs.stat(pid).map(s -> OptionalLong.of(s.ownTicks() * procfs.nanosPerTick()))
                .orElse(OptionalLong.empty());
    }

    /**
     * A PostgreSQL server: the postmaster and its live descendants (backends, background workers), plus what the
     * postmaster's reaped children used, so a backend that ends in between is still counted.
     */
    static CpuClock postgres(Procfs procfs, int postmaster) {
        return () -> {
            List<ProcStat> processes = procfs.processes();
            Map<Integer, ProcStat> byPid = new HashMap<>();
            processes.forEach(p -> byPid.put(p.pid(), p));
            ProcStat root = byPid.get(postmaster);
            if (root == null) {
                return OptionalLong.empty();
            }
            long ticks = root.ownTicks() + root.reapedChildrenTicks();
            for (int pid : ProcessFinder.descendants(postmaster, processes)) {
                ticks += byPid.get(pid).ownTicks();
            }
            return OptionalLong.of(ticks * procfs.nanosPerTick());
        };
    }

    /** The JVM running the load (the client's share of the machine). */
    static CpuClock harness() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return () -> {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
        };
    }
}

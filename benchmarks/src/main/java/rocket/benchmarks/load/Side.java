package rocket.benchmarks.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * One endpoint of a run (A, or B with {@code --compare}): its own instance of the scenario, set up against it, the
 * workers' request streams, and the CPU clocks of its server JVM and PostgreSQL when those processes are known.
 */
final class Side implements AutoCloseable {
    private static final CpuClock HARNESS = CpuClock.harness();

    final String label;
    final String url;
    final String setup;
    private final Scenario scenario;
    private final IntFunction<RequestStream> streams;
    private final Optional<CpuClock> server;
    private final Optional<CpuClock> postgres;
    private final ServerMetrics metrics;

    private Side(String label, String url, String setup, Scenario scenario, IntFunction<RequestStream> streams,
                 Optional<CpuClock> server, Optional<CpuClock> postgres, ServerMetrics metrics) {
        this.label = label;
        this.url = url;
        this.setup = setup;
        this.scenario = scenario;
        this.streams = streams;
        this.server = server;
        this.postgres = postgres;
        this.metrics = metrics;
    }

    /** Sets {@code scenario} up against the endpoint and finds its processes (given pids win over the search). */
    static Side prepare(String label, Scenario scenario, LoadOptions.Endpoint endpoint, LoadOptions options,
                        HttpClient client, Procfs procfs) throws Exception {
        long start = System.nanoTime();
        // a fresh login per scenario: app tokens live 15 minutes, `all` may take longer
        IntFunction<RequestStream> streams = scenario.prepare(AppClient.connect(client, endpoint.target()),
                options.connections());
        if (options.revalidate()) {
            Revalidation revalidation = new Revalidation();
            IntFunction<RequestStream> plain = streams;
            streams = worker -> revalidation.wrap(plain.apply(worker));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ProcessFinder finder = new ProcessFinder(procfs);
        OptionalInt serverPid = or(endpoint.serverPid(), () -> finder.server(endpoint.target().baseUrl()));
        OptionalInt pgPid = or(endpoint.pgPid(), () -> serverPid.isPresent()
                ? finder.postmaster(serverPid.getAsInt()) : OptionalInt.empty());
        String setup = String.format("set up in %.1f s; server pid %s, postgres pid %s", seconds, text(serverPid),
                text(pgPid));
        return new Side(label, endpoint.target().baseUrl(), setup, scenario, streams,
                clock(serverPid, pid -> CpuClock.process(procfs, pid)),
                clock(pgPid, pid -> CpuClock.postgres(procfs, pid)), new ServerMetrics(client, endpoint.target()));
    }

    /** A warm-up (or any unmeasured) run. */
    LoadResult run(LoadDriver driver, Stop stop) throws Exception {
        return driver.run(streams, stop);
    }

    /** A measured run of {@code duration}, with the CPU each process used and the events written during it. */
    Measurement measure(LoadDriver driver, Duration duration) throws Exception {
        Optional<EventTally> eventsBefore = metrics.events();
        OptionalLong serverBefore = read(server);
        OptionalLong pgBefore = read(postgres);
        OptionalLong clientBefore = HARNESS.nanos();
        // the clock starts after the readings: scanning /proc for PostgreSQL's processes takes a moment
        LoadResult result = driver.run(streams, Stop.after(duration));
        OptionalLong clientAfter = HARNESS.nanos();
        OptionalLong pgAfter = read(postgres);
        OptionalLong serverAfter = read(server);
        Optional<EventTally> events = eventsBefore.flatMap(before -> metrics.events().map(after -> after.since(before)));
        int n = result.requests();
        return new Measurement(result, Measurement.perRequestMs(serverBefore, serverAfter, n),
                Measurement.perRequestMs(pgBefore, pgAfter, n), Measurement.perRequestMs(clientBefore, clientAfter, n),
                events);
    }

    String report() {
        return scenario.report();
    }

    @Override
    public void close() {
        scenario.close();
    }

    private static OptionalLong read(Optional<CpuClock> clock) {
        return clock.map(CpuClock::nanos).orElse(OptionalLong.empty());
    }

    private static OptionalInt or(OptionalInt given, Supplier<OptionalInt> found) {
        return given.isPresent() ? given : found.get();
    }

    private static Optional<CpuClock> clock(OptionalInt pid, IntFunction<CpuClock> clock) {
        return pid.isPresent() ? Optional.of(clock.apply(pid.getAsInt())) : Optional.empty();
    }

    private static String text(OptionalInt pid) {
        return pid.isPresent() ? String.valueOf(pid.getAsInt()) : "unknown";
    }
}

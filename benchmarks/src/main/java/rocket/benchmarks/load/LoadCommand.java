package rocket.benchmarks.load;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code bin/load}: sets up one scenario (or all, in turn) against one Rocket base URL, or two with
 * {@code --compare}, through the public API; then per round and endpoint (A, B alternating) warms up and measures
 * for a fixed duration at fixed concurrency, reading the CPU the server, its PostgreSQL and the client used.
 * Exits 1 when a measured request failed.
 */
public final class LoadCommand {
    private static final List<String> LABELS = List.of("A", "B");

    private LoadCommand() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        List<Supplier<Scenario>> scenarios;
        try {
            options = LoadOptions.parse(args);
            scenarios = scenarios(options);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        HttpClient client = LoadDriver.newClient();
        Procfs procfs = Procfs.system();
        JsonReport json = options.json() == null ? null : new JsonReport(options.json());
        long errors = 0;
        for (Supplier<Scenario> scenario : scenarios) {
            List<RoundResult> results = run(scenario, options, client, procfs);
            errors += results.stream().mapToLong(r -> r.measurement().result().errors()).sum();
            if (json != null) {
                json.add(results);
            }
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    /** Suppliers, since each endpoint of a comparison gets its own instance (a scenario may hold a webhook sink). */
    private static List<Supplier<Scenario>> scenarios(LoadOptions options) {
        List<Supplier<Scenario>> all = List.of(GetByIdScenario::new, ListPageScenario::new,
                ListFilteredScenario::new, GetIncludesScenario::new, CreateScenario::new, NestedCreateScenario::new,
                () -> new UpdateTransitionScenario(options.sinkUrl()), DownloadScenario::new);
        if (options.scenario().equals("all")) {
            return all;
        }
        return all.stream().filter(s -> s.get().name().equals(options.scenario())).findFirst().map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + options.scenario()));
    }

    private static List<RoundResult> run(Supplier<Scenario> scenario, LoadOptions options, HttpClient client,
                                         Procfs procfs) throws Exception {
        List<Side> sides = new ArrayList<>();
        try {
            String name = null;
            for (int e = 0; e < options.endpoints().size(); e++) {
                Scenario instance = scenario.get();
                name = instance.name();
                Side side = Side.prepare(LABELS.get(e), instance, options.endpoints().get(e), options, client, procfs);
                sides.add(side);
                System.out.printf("%s %s%s: %s%n", name, options.endpoints().size() > 1 ? side.label + " " : "",
                        side.url, side.setup);
            }
            System.out.printf("%s: %d connections, warm-up %d s, measuring %d s, %d round(s)%s%n", name,
                    options.connections(), options.warmup().toSeconds(), options.duration().toSeconds(),
                    options.rounds(), options.revalidate() ? ", revalidating" : "");
            LoadDriver driver = new LoadDriver(client, options.connections());
            List<RoundResult> results = new ArrayList<>();
            for (int round = 1; round <= options.rounds(); round++) {
                for (int s = 0; s < sides.size(); s++) {
                    results.add(round(name, sides.get(s), s == 0 ? "" : "2", round, driver, options));
                }
            }
            for (Side side : sides) {
                if (!side.report().isEmpty()) {
                    System.out.println("  " + side.label + ": " + side.report());
                }
            }
            if (results.size() > 1) {
                Summary.print(System.out, results, sides.stream().map(s -> s.label).toList());
            }
            return results;
        } finally {
            sides.forEach(Side::close);
        }
    }

    private static RoundResult round(String scenario, Side side, String twin, int round, LoadDriver driver,
                                     LoadOptions options) throws Exception {
        String prefix = "  " + (options.rounds() > 1 ? "round " + round + " " : "")
                + (options.endpoints().size() > 1 ? side.label + " " : "");
        if (!options.warmup().isZero()) {
            System.out.println(prefix + "warm-up:  " + side.run(driver, Stop.after(options.warmup())));
        }
        Measurement measurement = side.measure(driver, options.duration());
        RoundResult result = new RoundResult(scenario, side.label, side.url, round,
                options.discardFirst() && round == 1, measurement);
        System.out.println(prefix + "measured: " + measurement.result());
        System.out.println(prefix + "          " + result.cpuLine(twin)
                + (result.discarded() ? " (discarded from the means)" : ""));
        return result;
    }
}

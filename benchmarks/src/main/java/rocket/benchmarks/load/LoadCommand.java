package rocket.benchmarks.load;

import java.net.http.HttpClient;
import java.util.List;
import java.util.function.IntFunction;

/**
 * {@code bin/load}: sets up one scenario (or all, in turn) against any Rocket base URL through its public API, warms
 * up, then measures for a fixed duration at fixed concurrency. Exits 1 when a measured request failed.
 */
public final class LoadCommand {
    private LoadCommand() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        List<Scenario> scenarios;
        try {
            options = LoadOptions.parse(args);
            scenarios = scenarios(options);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        HttpClient client = LoadDriver.newClient();
        long errors = 0;
        for (Scenario scenario : scenarios) {
            errors += run(scenario, options, client);
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    private static List<Scenario> scenarios(LoadOptions options) {
        List<Scenario> all = List.of(new ListFilteredScenario(), new GetIncludesScenario(), new CreateScenario(),
                new NestedCreateScenario(), new UpdateTransitionScenario(options.sinkUrl()), new DownloadScenario());
        if (options.scenario().equals("all")) {
            return all;
        }
        return all.stream().filter(s -> s.name().equals(options.scenario())).findFirst().map(List::of)
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario " + options.scenario()));
    }

    private static long run(Scenario scenario, LoadOptions options, HttpClient client) throws Exception {
        try (scenario) {
            long setupStart = System.nanoTime();
            // a fresh login per scenario: app tokens live 15 minutes, `all` may take longer
            IntFunction<RequestStream> streams = scenario.prepare(AppClient.connect(client, options.target()),
                    options.connections());
            if (options.revalidate()) {
                Revalidation revalidation = new Revalidation();
                IntFunction<RequestStream> plain = streams;
                streams = worker -> revalidation.wrap(plain.apply(worker));
            }
            System.out.printf("%s: set up in %.1f s; %d connections, warm-up %d s, measuring %d s%s%n", scenario.name(),
                    (System.nanoTime() - setupStart) / 1e9, options.connections(), options.warmup().toSeconds(),
                    options.duration().toSeconds(), options.revalidate() ? ", revalidating" : "");
            LoadDriver driver = new LoadDriver(client, options.connections());
            if (!options.warmup().isZero()) {
                System.out.println("  warm-up:  " + driver.run(streams, Stop.after(options.warmup())));
            }
            LoadResult result = driver.run(streams, Stop.after(options.duration()));
            System.out.println("  measured: " + result);
            if (!scenario.report().isEmpty()) {
                System.out.println("  " + scenario.report());
            }
            return result.errors();
        }
    }
}

package rocket.benchmarks.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** {@code --json FILE}: every measured round so far, rewritten after each scenario (a broken run keeps the rest). */
final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Map<String, Object>> rounds = new ArrayList<>();

    JsonReport(Path file) {
        this.file = file;
    }

    void add(List<RoundResult> results) throws IOException {
        for (RoundResult r : results) {
            LoadResult load = r.measurement().result();
            Map<String, Object> round = new LinkedHashMap<>();
            round.put("scenario", r.scenario());
            round.put("side", r.side());
            round.put("url", r.url());
            round.put("round", r.round());
            round.put("discarded", r.discarded());
            round.put("requests", load.requests());
            round.put("seconds", load.seconds());
            round.put("req_per_s", load.perSecond());
            round.put("p50_ms", load.p50());
            round.put("p95_ms", load.p95());
            round.put("p99_ms", load.p99());
            round.put("server_cpu_ms", orNull(r.measurement().serverCpuMs()));
            round.put("pg_cpu_ms", orNull(r.measurement().pgCpuMs()));
            round.put("client_cpu_ms", orNull(r.measurement().clientCpuMs()));
            round.put("events_written", r.measurement().events().map(EventTally::written).orElse(null));
            round.put("events_dropped", r.measurement().events().map(EventTally::dropped).orElse(null));
            round.put("errors", load.errors());
            rounds.add(round);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), Map.of("rounds", rounds));
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}

package rocket.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void meansLeaveOutTheDiscardedRoundAndRatiosAreBOverA() {
        List<RoundResult> results = List.of(
                round("A", 1, true, 1_000, 9.0, 9.0), round("B", 1, true, 1_000, 9.0, 9.0),
                round("A", 2, false, 1_000, 0.4, 0.2), round("B", 2, false, 2_000, 0.2, OptionalDouble.empty()),
                round("A", 3, false, 3_000, 0.6, 0.2), round("B", 3, false, 6_000, 0.3, OptionalDouble.empty()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Summary.print(new PrintStream(out, true, StandardCharsets.UTF_8), results, List.of("A", "B"));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("create: means over round(s) 2, 3 (round 1 discarded: JIT warm-up of a"
                + " fresh JVM)");
        assertThat(lines.get(2).split("\\s+")).containsExactly("", "A", "400", "1.00", "2.00", "0.500", "0.200",
                "0.100");
        assertThat(lines.get(3).split("\\s+")).containsExactly("", "B", "800", "1.00", "2.00", "0.250", "n/a",
                "0.100");
        assertThat(lines.get(4).split("\\s+")).containsExactly("", "B/A", "2.00×", "0.50×", "n/a");
    }

    @Test
    void cpuPerRequestIsTheDifferenceOverTheRequestsInMilliseconds() {
        assertThat(Measurement.perRequestMs(OptionalLong.of(1_000_000_000L), OptionalLong.of(1_500_000_000L), 1_000))
                .hasValue(0.5);
        assertThat(Measurement.perRequestMs(OptionalLong.empty(), OptionalLong.of(1), 1_000)).isEmpty();
        assertThat(Measurement.perRequestMs(OptionalLong.of(0), OptionalLong.of(1), 0)).isEmpty();
    }

    private static RoundResult round(String side, int round, boolean discarded, int requests, double serverMs,
                                     double pgMs) {
        return round(side, round, discarded, requests, serverMs, OptionalDouble.of(pgMs));
    }

    /** {@code requests} over 5 s; every round p50 1 ms, p99 2 ms, client 0.1 ms. */
    private static RoundResult round(String side, int round, boolean discarded, int requests, double serverMs,
                                     OptionalDouble pgMs) {
        LoadResult load = new LoadResult(requests, 5, 1, 1.5, 2, Map.of(201, (long) requests), 0);
        return new RoundResult("create", side, "http://" + side, round, discarded,
                new Measurement(load, OptionalDouble.of(serverMs), pgMs, OptionalDouble.of(0.1),
                        java.util.Optional.empty()));
    }
}

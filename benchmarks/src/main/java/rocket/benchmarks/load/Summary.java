package rocket.benchmarks.load;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The end of a multi-round run: per endpoint the means over the kept rounds, and with two endpoints the ratios B/A
 * of throughput and of CPU per request (below 1: B needs less CPU for a request).
 */
final class Summary {
    private static final String ROW = "  %-4s %8s %8s %8s %14s %16s %14s%n";

    private Summary() {
    }

    static void print(PrintStream out, List<RoundResult> results, List<String> sides) {
        List<RoundResult> kept = results.stream().filter(r -> !r.discarded()).toList();
        String rounds = kept.stream().map(r -> String.valueOf(r.round())).distinct()
                .reduce((a, b) -> a + ", " + b).orElse("none");
        out.printf("%s: means over round(s) %s%s%n", results.getFirst().scenario(), rounds,
                kept.size() < results.size() ? " (round 1 discarded: JIT warm-up of a fresh JVM)" : "");
        out.printf(ROW, "", "req/s", "p50 ms", "p99 ms", "server ms/req", "postgres ms/req", "client ms/req");
        for (String side : sides) {
            List<RoundResult> of = kept.stream().filter(r -> r.side().equals(side)).toList();
            out.printf(ROW, side, format(mean(of, r -> OptionalDouble.of(r.measurement().result().perSecond())), "%.0f"),
                    format(mean(of, r -> OptionalDouble.of(r.measurement().result().p50())), "%.2f"),
                    format(mean(of, r -> OptionalDouble.of(r.measurement().result().p99())), "%.2f"),
                    format(mean(of, r -> r.measurement().serverCpuMs()), "%.3f"),
                    format(mean(of, r -> r.measurement().pgCpuMs()), "%.3f"),
                    format(mean(of, r -> r.measurement().clientCpuMs()), "%.3f"));
        }
        if (sides.size() == 2) {
            List<RoundResult> a = kept.stream().filter(r -> r.side().equals(sides.get(0))).toList();
            List<RoundResult> b = kept.stream().filter(r -> r.side().equals(sides.get(1))).toList();
            Function<RoundResult, OptionalDouble> perSecond = r -> OptionalDouble.of(r.measurement().result().perSecond());
            out.printf(ROW, "B/A", ratio(a, b, perSecond), "", "", ratio(a, b, r -> r.measurement().serverCpuMs()),
                    ratio(a, b, r -> r.measurement().pgCpuMs()), "");
        }
    }

    /** Mean over the rounds that have the figure; empty when none has. */
    static OptionalDouble mean(List<RoundResult> results, Function<RoundResult, OptionalDouble> figure) {
        return results.stream().map(figure).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .average();
    }

    private static String ratio(List<RoundResult> a, List<RoundResult> b, Function<RoundResult, OptionalDouble> figure) {
        OptionalDouble meanA = mean(a, figure);
        OptionalDouble meanB = mean(b, figure);
        if (meanA.isEmpty() || meanB.isEmpty() || meanA.getAsDouble() == 0) {
            return "n/a";
        }
        return String.format("%.2f×", meanB.getAsDouble() / meanA.getAsDouble());
    }

    private static String format(OptionalDouble value, String format) {
        return value.isPresent() ? String.format(format, value.getAsDouble()) : "n/a";
    }
}

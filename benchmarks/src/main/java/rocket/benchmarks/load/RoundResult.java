package rocket.benchmarks.load;

import java.util.OptionalDouble;

/** One endpoint's measured phase in one round; {@code discarded} rounds are shown but left out of the means. */
record RoundResult(String scenario, String side, String url, int round, boolean discarded, Measurement measurement) {
    /**
     * The CPU figures (and the events written and dropped) as printed under each measured run; {@code twin} is the
     * pid flags' suffix ("" or "2").
     */
    String cpuLine(String twin) {
        return String.join(", ", cpu("server CPU", measurement.serverCpuMs(), "--server-pid" + twin),
                cpu("postgres CPU", measurement.pgCpuMs(), "--pg-pid" + twin),
                cpu("client CPU", measurement.clientCpuMs(), null))
                + measurement.events().map(events -> "; " + events).orElse("");
    }

    private static String cpu(String what, OptionalDouble ms, String flag) {
        if (ms.isPresent()) {
            return String.format("%s %.3f ms/request", what, ms.getAsDouble());
        }
        return what + ": n/a" + (flag == null ? "" : " (pass " + flag + ")");
    }
}

package rocket.benchmarks.load;

import java.util.Optional;

/**
 * What the server's event buffer wrote and dropped, read from its metrics scrape. A measured phase reports both, so
 * a figure taken while the server dropped spans (recording never waits: an overloaded server drops them) says so.
 */
record EventTally(long written, long dropped) {
    /** {@code rocket_events_written_total} and {@code rocket_events_dropped_total} of a scrape; empty without them. */
    static Optional<EventTally> of(String scrape) {
        Long written = null;
        Long dropped = null;
        for (String line : scrape.split("\n")) {
            if (line.startsWith("rocket_events_written_total ")) {
                written = value(line);
            } else if (line.startsWith("rocket_events_dropped_total ")) {
                dropped = value(line);
            }
        }
        return written == null || dropped == null ? Optional.empty() : Optional.of(new EventTally(written, dropped));
    }

    EventTally since(EventTally before) {
        return new EventTally(written - before.written, dropped - before.dropped);
    }

    @Override
    public String toString() {
        return String.format("events written %d, dropped %d", written, dropped);
    }

    private static long value(String line) {
        return (long) Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim());
    }
}

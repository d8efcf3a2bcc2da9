package rocket.bootstrap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import rocket.application.records.stream.ChangeStreams;

/** The change streams on {@code /api/_platform/metrics}: how many clients this instance streams to now. */
final class ChangeStreamMeters {
    private ChangeStreamMeters() {
    }

    static void register(MeterRegistry registry, ChangeStreams streams) {
        Gauge.builder("rocket.change.streams.open", streams, ChangeStreams::openCount)
                .description("change streams (Server-Sent Events) open on this instance").register(registry);
    }
}

package rocket.bootstrap;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import rocket.application.events.EventBuffer;

/**
 * The event buffer on {@code /api/_platform/metrics}: what it wrote, what it dropped (recording never waits, so an
 * overloaded server drops spans rather than slow its requests) and what waits for the next flush.
 */
final class EventMeters {
    private EventMeters() {
    }

    static void register(MeterRegistry registry, EventBuffer buffer) {
        FunctionCounter.builder("rocket.events.written", buffer, EventBuffer::written)
                .description("events (spans) written to the apps' _events tables").register(registry);
        FunctionCounter.builder("rocket.events.dropped", buffer, EventBuffer::dropped)
                .description("events dropped: buffer full or their batch failed to write").register(registry);
        Gauge.builder("rocket.events.queued", buffer, EventBuffer::queued)
                .description("events waiting for the next flush").register(registry);
    }
}

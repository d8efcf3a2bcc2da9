package rocket.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.domain.event.Event;

class EventBufferTest {
    @Test
    void aFullBufferDropsAndCountsInsteadOfWaiting() {
        EventBuffer buffer = new EventBuffer(null, new EventSettings(true, 1.0, 2, Duration.ofMillis(100), 7));
        for (int i = 0; i < 5; i++) {
            buffer.record("app", event());
        }
        assertThat(buffer.dropped()).isEqualTo(3);
        assertThat(buffer.written()).isZero();
    }

    @Test
    void aHalfFullBufferAsksForAnEarlyFlush() {
        EventBuffer buffer = new EventBuffer(null, new EventSettings(true, 1.0, 10, Duration.ofMillis(100), 7));
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        buffer.onBacklog(requests::incrementAndGet);
        for (int i = 0; i < 4; i++) {
            buffer.record("app", event());
        }
        assertThat(requests).hasValue(0);
        buffer.record("app", event());
        assertThat(requests).as("5 of 10 queued").hasValue(1);
    }

    private static Event event() {
        return new Event(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, Event.SYSTEM, "http", "handler",
                "request", null, null, null, 1.0, "ok", null, Instant.now());
    }
}

package rocket.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.application.apps.DirectTransactions;
import rocket.application.apps.port.out.AppStores;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.event.Event;

/** The flush and the retention job visit apps by name and keep going when one was deleted meanwhile. */
class EventJobsTest {
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private final RecordingEventStore shop = new RecordingEventStore();
    private final AppStores<EventStores> stores = app -> {
        if (!app.equals("shop")) {
            throw RocketException.of(ErrorCode.APP_NOT_FOUND, "App not found: " + app);
        }
        return new EventStores(shop, new DirectTransactions());
    };
    private final EventSettings settings = new EventSettings(true, 1.0, 10, Duration.ofMillis(100), 7);

    @Test
    void aFlushWritesEachAppsEventsAndDropsThoseOfADeletedApp() {
        EventBuffer buffer = new EventBuffer(stores, settings);
        Event first = event();
        Event second = event();
        buffer.record("shop", first);
        buffer.record("gone", event());
        buffer.record("shop", second);

        buffer.run();

        assertThat(shop.written).containsExactly(first, second);
        assertThat(buffer.written()).isEqualTo(2);
        assertThat(buffer.dropped()).isEqualTo(1);
    }

    @Test
    void retentionPurgesEveryLoadedAppPastOneDeletedSinceItWasListed() {
        EventRetentionJob job = new EventRetentionJob(() -> List.of("gone", "shop"), stores, settings,
                Clock.fixed(NOW, ZoneOffset.UTC));

        job.run();

        assertThat(shop.cutoffs).containsExactly(NOW.minus(Duration.ofDays(7)));
    }

    private static Event event() {
        return new Event(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, Event.SYSTEM, "http", "handler",
                "request", null, null, null, 1.0, "ok", null, NOW);
    }
}

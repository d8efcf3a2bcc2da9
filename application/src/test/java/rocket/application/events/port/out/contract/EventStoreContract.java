package rocket.application.events.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.events.port.out.EventStore;
import rocket.domain.event.Event;
import rocket.domain.event.EventQuery;

/**
 * What every {@link EventStore} must do: a batch is stored whole with every value as given (text with tabs and line
 * breaks included), listings filter, window, page and order as asked, statistics are computed over the window, and
 * retention deletes only older events.
 */
public abstract class EventStoreContract {
    /** The event store and the transactions of the same, empty database (batches are written inside one). */
    public record Stores(EventStore events, TransactionRunner transactions) {
    }

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.HOURS);

    protected Stores stores;
    private EventStore events;

    protected abstract Stores emptyDatabase();

    @BeforeEach
    void noEvents() {
        stores = emptyDatabase();
        events = stores.events();
    }

    private static Event event(UUID trace, String source, String entity, String status, Double durationMs,
                               int secondsAfterT0) {
        return new Event(UUID.randomUUID(), trace, UUID.randomUUID(), null, Event.SYSTEM, source, "engine", "create",
                entity, "42", null, durationMs, status, null, T0.plusSeconds(secondsAfterT0));
    }

    private void insert(List<Event> batch) {
        stores.transactions().inTransaction(() -> {
            events.insertBatch(batch);
            return null;
        });
    }

    private static EventQuery query(Map<String, String> filters, boolean oldestFirst) {
        return new EventQuery(filters, null, null, 1, 100, oldestFirst);
    }

    private static List<UUID> ids(List<Event> list) {
        return list.stream().map(Event::id).toList();
    }

    @Test
    void aBatchIsStoredWithEveryValueAsGiven() {
        Event full = new Event(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Event.BUSINESS, "client", "checkout", "tab\there, line\nbreak, back\\slash\r", "order", "r-1",
                UUID.randomUUID(), 12.5, "ok", Map.of("cart", Map.of("items", 3), "note", "a\tb"), T0);
        Event sparse = new Event(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, Event.SYSTEM, "http",
                "router", "request", null, null, null, null, null, null, T0.plusSeconds(1));

        insert(List.of(full, sparse));
        insert(List.of());

        assertThat(events.list(query(Map.of(), true))).containsExactly(full, sparse);
    }

    @Test
    void listingsFilterExactlyPageAndOrderByTime() {
        UUID trace = UUID.randomUUID();
        Event first = event(trace, "http", "order", "ok", 1.0, 1);
        Event second = event(UUID.randomUUID(), "db", "order", "ok", 1.0, 2);
        Event third = event(trace, "http", "invoice", "error", 1.0, 3);
        insert(List.of(second, third, first));

        assertThat(ids(events.list(query(Map.of(), false)))).containsExactly(third.id(), second.id(), first.id());
        assertThat(ids(events.list(new EventQuery(Map.of(), null, null, 2, 2, true)))).containsExactly(third.id());
        assertThat(ids(events.list(query(Map.of("source", "http"), true)))).containsExactly(first.id(), third.id());
        assertThat(ids(events.list(query(Map.of("source", "http", "entity", "order"), true))))
                .containsExactly(first.id());
        assertThat(ids(events.list(query(Map.of("trace_id", trace.toString()), true))))
                .containsExactly(first.id(), third.id());
        assertThat(events.list(query(Map.of("trace_id", "not-a-uuid"), true))).isEmpty();
        assertThat(events.list(query(Map.of("source", "htt"), true))).as("exact, not a prefix").isEmpty();
        assertThat(events.count(query(Map.of("status", "ok"), true))).isEqualTo(2);
        assertThat(events.count(query(Map.of(), true))).isEqualTo(3);
    }

    @Test
    void theTimeWindowIncludesBothEnds() {
        Event before = event(UUID.randomUUID(), "http", "order", "ok", 1.0, 1);
        Event from = event(UUID.randomUUID(), "http", "order", "ok", 1.0, 2);
        Event to = event(UUID.randomUUID(), "http", "order", "ok", 1.0, 3);
        Event after = event(UUID.randomUUID(), "http", "order", "ok", 1.0, 4);
        insert(List.of(before, from, to, after));

        EventQuery window = new EventQuery(Map.of(), from.createdAt(), to.createdAt(), 1, 100, true);

        assertThat(ids(events.list(window))).containsExactly(from.id(), to.id());
        assertThat(events.count(window)).isEqualTo(2);
    }

    @Test
    void aTraceIsItsEventsOldestFirst() {
        UUID trace = UUID.randomUUID();
        Event late = event(trace, "http", "order", "ok", 5.0, 9);
        Event early = event(trace, "db", "order", "ok", 2.0, 3);
        insert(List.of(late, event(UUID.randomUUID(), "http", "order", "ok", 1.0, 5), early));

        assertThat(ids(events.trace(trace))).containsExactly(early.id(), late.id());
        assertThat(events.trace(UUID.randomUUID())).isEmpty();
    }

    @Test
    void statisticsCoverTheWindowAndTheEntity() {
        List<Event> batch = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            batch.add(event(UUID.randomUUID(), "http", "order", i == 4 ? "error" : "ok", i * 10.0, i));
        }
        batch.add(event(UUID.randomUUID(), "db", "order", "ok", 100.0, 5));
        batch.add(event(UUID.randomUUID(), "db", "invoice", "error", 1000.0, 6));
        batch.add(event(UUID.randomUUID(), "http", "order", "error", 1000.0, 3600));
        insert(batch);

        Map<String, Object> stats = events.stats(T0, T0.plusSeconds(60), "order");

        assertThat(((Number) stats.get("total_events")).longValue()).isEqualTo(5);
        assertThat(((Number) stats.get("avg_latency_ms")).doubleValue()).isEqualTo(40.0);
        assertThat(((Number) stats.get("p95_latency_ms")).doubleValue()).isCloseTo(88.0, within(1e-9));
        assertThat(((Number) stats.get("error_rate")).doubleValue()).isEqualTo(0.2);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bySource = (List<Map<String, Object>>) stats.get("by_source");
        assertThat(bySource).extracting(s -> s.get("source") + ":" + ((Number) s.get("count")).longValue() + ":"
                        + ((Number) s.get("avg_duration_ms")).doubleValue() + ":"
                        + ((Number) s.get("error_count")).longValue())
                .containsExactly("http:4:25.0:1", "db:1:100.0:0");
        assertThat(((Number) events.stats(T0, T0.plusSeconds(60), null).get("total_events")).longValue())
                .isEqualTo(6);
        assertThat(events.stats(T0.minusSeconds(60), T0.minusSeconds(1), null))
                .containsEntry("error_rate", 0.0).extractingByKey("total_events").isIn(0, 0L);
    }

    @Test
    void retentionDeletesOnlyEventsOlderThanTheCutoff() {
        Event old = event(UUID.randomUUID(), "http", "order", "ok", 1.0, 1);
        Event atCutoff = event(UUID.randomUUID(), "http", "order", "ok", 1.0, 2);
        Event young = event(UUID.randomUUID(), "http", "order", "ok", 1.0, 3);
        insert(List.of(old, atCutoff, young));

        assertThat(events.deleteOlderThan(atCutoff.createdAt())).isEqualTo(1);
        assertThat(events.deleteOlderThan(atCutoff.createdAt())).isZero();
        assertThat(ids(events.list(query(Map.of(), true)))).containsExactly(atCutoff.id(), young.id());
    }
}

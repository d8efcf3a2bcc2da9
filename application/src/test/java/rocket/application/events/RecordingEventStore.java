package rocket.application.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import rocket.application.events.port.out.EventStore;
import rocket.domain.event.Event;
import rocket.domain.event.EventQuery;

/** Remembers the batches written and the retention cutoffs asked for; the views are not used by the jobs. */
final class RecordingEventStore implements EventStore {
    final List<Event> written = new CopyOnWriteArrayList<>();
    final List<Instant> cutoffs = new CopyOnWriteArrayList<>();

    @Override
    public void insertBatch(List<Event> events) {
        written.addAll(events);
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        cutoffs.add(cutoff);
        return 0;
    }

    @Override
    public List<Event> list(EventQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(EventQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Event> trace(UUID traceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Object> stats(Instant from, Instant to, String entity) {
        throw new UnsupportedOperationException();
    }
}

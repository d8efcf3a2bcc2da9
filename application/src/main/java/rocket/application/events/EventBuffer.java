package rocket.application.events;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import rocket.application.apps.port.out.AppStores;
import rocket.domain.event.Event;

/**
 * A bounded, non-blocking buffer between requests and the events table. Recording never waits: when the buffer is
 * full the event is dropped, counted and reported in the log by the next flush. A background flush writes each
 * app's events in one bulk write: on its timer, and early once the buffer is half full (docs/contract/behaviour.md §16), so a burst
 * is written before it overflows.
 */
public final class EventBuffer implements Runnable {
    private static final System.Logger LOG = System.getLogger(EventBuffer.class.getName());
    private final AppStores<EventStores> stores;
    private final BlockingQueue<Queued> queue;
    private final int batch;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private long reportedDrops;
    private volatile Runnable requestFlush = () -> { };

    private record Queued(String app, Event event) {
    }

    public EventBuffer(AppStores<EventStores> stores, EventSettings settings) {
        this.stores = stores;
        this.queue = new ArrayBlockingQueue<>(settings.bufferSize());
        this.batch = settings.bufferSize();
    }

    /** How to ask for a flush before the timer's (the scheduler's coalescing runner: one pending request at most). */
    public void onBacklog(Runnable requestFlush) {
        this.requestFlush = requestFlush;
    }

    void record(String app, Event event) {
        if (!queue.offer(new Queued(app, event))) {
            dropped.incrementAndGet();
        } else if (queue.remainingCapacity() <= batch / 2) {
            requestFlush.run();
        }
    }

    /** Flushes what is queued now (called by the scheduler). */
    @Override
    public synchronized void run() {
        List<Queued> drained = new ArrayList<>();
        queue.drainTo(drained, batch);
        Map<String, List<Event>> byApp = new LinkedHashMap<>();
        drained.forEach(q -> byApp.computeIfAbsent(q.app(), a -> new ArrayList<>()).add(q.event()));
        byApp.forEach((app, events) -> {
            try {
                EventStores target = stores.of(app);
                target.transactions().inTransaction(() -> {
                    target.events().insertBatch(events);
                    return null;
                });
                written.addAndGet(events.size());
            } catch (RuntimeException e) {
                dropped.addAndGet(events.size());
                LOG.log(Level.WARNING, "Dropped " + events.size() + " events of app " + app + ": " + e.getMessage());
            }
        });
        reportNewDrops();
    }

    /** Drops are logged once per flush that saw new ones, not per event: a full buffer must not flood the log. */
    private void reportNewDrops() {
        long total = dropped.get();
        if (total > reportedDrops) {
            LOG.log(Level.WARNING, "Events dropped since the last flush: " + (total - reportedDrops)
                    + " (buffer full or write failed; " + total + " in total)");
            reportedDrops = total;
        }
    }

    /** Events dropped so far (buffer full or write failed). */
    public long dropped() {
        return dropped.get();
    }

    public long written() {
        return written.get();
    }

    /** Events waiting for the next flush. */
    public int queued() {
        return queue.size();
    }
}

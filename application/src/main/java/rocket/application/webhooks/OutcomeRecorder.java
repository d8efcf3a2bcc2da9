package rocket.application.webhooks;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import rocket.application.apps.port.out.AppStores;
import rocket.application.webhooks.port.out.DeliveryOutcome;

/**
 * Records the outcomes of finished deliveries in batches: one completer thread takes what has finished, waits up to
 * {@link #LINGER} for more (at most {@code maxBatch}), and stores each app's share with one statement. Every outcome
 * still holds its dispatcher slot, so the queue (sized to the slots) never overflows; {@code released} gets the slots
 * back after each flush. Closing records what is still queued. An outcome that cannot be recorded (the database
 * failed, or it finished after the close) is not lost for good: the delivery's lease runs out and it is sent again.
 */
final class OutcomeRecorder implements AutoCloseable {
    /** Told after an app's outcomes are stored: a retry is looked for only once its row says when it is due. */
    interface Stored {
        void stored(String app, List<DeliveryOutcome> outcomes);
    }

    private static final System.Logger LOG = System.getLogger(OutcomeRecorder.class.getName());
    static final Duration LINGER = Duration.ofMillis(5);
    private static final long IDLE_POLL_MILLIS = 100;

    private record Finished(String app, DeliveryOutcome outcome) {
    }

    private final AppStores<WebhookStores> stores;
    private final int maxBatch;
    private final BlockingQueue<Finished> queue;
    private final IntConsumer released;
    private final Stored stored;
    private volatile boolean closing;
    private boolean closed;
    private Thread completer;

    OutcomeRecorder(AppStores<WebhookStores> stores, int maxBatch, IntConsumer released, Stored stored) {
        this.stores = stores;
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(maxBatch);
        this.released = released;
        this.stored = stored;
    }

    /** Starts the completer; until then (and in tests that never start it) outcomes wait for {@link #close()}. */
    synchronized void start(ThreadFactory threads) {
        if (completer == null && !closed) {
            completer = threads.newThread(this::complete);
            completer.start();
        }
    }

    synchronized void add(String app, DeliveryOutcome outcome) {
        if (closed || !queue.offer(new Finished(app, outcome))) {
            LOG.log(Level.WARNING, "Outcome of webhook delivery " + outcome.id()
                    + " not recorded (shutting down): it is sent again when its lease runs out");
            released.accept(1);
        }
    }

    private void complete() {
        List<Finished> batch = new ArrayList<>(maxBatch);
        while (!closing) {
            try {
                collect(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closing = true;
            }
            flush(batch);
        }
    }

    /** The next batch: what finished first, then whatever else finishes within the linger, up to the batch size. */
    private void collect(List<Finished> batch) throws InterruptedException {
        Finished first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
            return;
        }
        batch.add(first);
        long deadline = System.nanoTime() + LINGER.toNanos();
        while (batch.size() < maxBatch) {
            queue.drainTo(batch, maxBatch - batch.size());
            long left = deadline - System.nanoTime();
            Finished next = left > 0 && batch.size() < maxBatch ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void flush(List<Finished> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, List<DeliveryOutcome>> byApp = new LinkedHashMap<>();
        batch.forEach(f -> byApp.computeIfAbsent(f.app(), app -> new ArrayList<>()).add(f.outcome()));
        byApp.forEach((app, outcomes) -> {
            try {
                stores.of(app).logs().completeAll(outcomes);
                stored.stored(app, outcomes);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, outcomes.size() + " webhook outcomes of app " + app
                        + " could not be recorded (sent again after their lease): " + e.getMessage());
            }
        });
        int done = batch.size();
        batch.clear();
        released.accept(done);
    }

    /** Stops the completer after its current batch, then records everything still queued. */
    @Override
    public void close() {
        closing = true;
        Thread running;
        synchronized (this) {
            running = completer;
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Finished> rest = new ArrayList<>();
        synchronized (this) {
            closed = true;
            queue.drainTo(rest);
        }
        flush(rest);
    }
}

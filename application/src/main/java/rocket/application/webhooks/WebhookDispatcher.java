package rocket.application.webhooks;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.DeliveryMeter;
import rocket.application.webhooks.port.out.DeliveryOutcome;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.domain.webhook.WebhookLog;

/**
 * Delivers queued webhook events. A pass claims due deliveries in batches ({@code FOR UPDATE SKIP LOCKED} plus a
 * lease, so several servers share the work and never send the same delivery at the same time) and hands them to the
 * bounded worker pool, which sends at most {@code concurrency} at once; the {@link OutcomeRecorder} stores the
 * outcomes (with the contract's backoff) in batches and gives their claim slots back, which asks for the next pass.
 * There are twice as many claim slots as sends: a slot is held from the claim until the outcome is recorded, so one
 * batch can wait for a worker (and another for the recorder) while the sends go on, and claimed-but-unrecorded work
 * stays bounded. Work beyond the bound simply stays in the table until the next pass.
 *
 * <p>An app's outbox is looked at when this server queued or retried deliveries there (a nudge), when the earliest
 * of its waiting deliveries falls due (a retry, or a lease another server took: should that server die, its claimed
 * deliveries go out once their lease runs out), and at the latest once every {@link #IDLE_RECHECK} (deliveries queued
 * by another server that died before sending them). Looking at every loaded app on every pass would keep a
 * connection of each app's pool busy for good, so a server with many apps would run out of PostgreSQL connections.
 */
public final class WebhookDispatcher implements Runnable, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());
    static final Duration IDLE_RECHECK = Duration.ofSeconds(60);
    private final LoadedApps loaded;
    private final AppStores<WebhookStores> stores;
    private final WebhookRequests requests;
    private final WebhookSettings settings;
    private final Clock clock;
    private final Executor workers;
    private final DeliveryMeter meter;
    private final Semaphore slots;
    private final Semaphore sending;
    private final OutcomeRecorder outcomes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong attempts = new AtomicLong();
    private volatile Runnable nudge = () -> { };
    private volatile boolean closed;
    /**
     * When each app's outbox is next looked at; an app without an entry is looked at on the next pass. A nudge stores
     * a fresh instant, so a pass that read another one (by identity) never overwrites a nudge that came meanwhile.
     */
    private final Map<String, Instant> nextLook = new ConcurrentHashMap<>();

    /**
     * {@code workers} must accept {@code 2 × settings.concurrency()} tasks (run or queued) without refusing one; the
     * dispatcher never sends more than {@code settings.concurrency()} at once, whatever the pool's size.
     */
    public WebhookDispatcher(LoadedApps loaded, AppStores<WebhookStores> stores, WebhookSender sender,
                             WebhookEnvironment environment, WebhookSettings settings, Clock clock,
                             Executor workers, DeliveryMeter meter) {
        this.loaded = loaded;
        this.stores = stores;
        this.requests = new WebhookRequests(sender, environment);
        this.settings = settings;
        this.clock = clock;
        this.workers = workers;
        this.meter = meter;
        this.slots = new Semaphore(claimSlots(settings));
        this.sending = new Semaphore(settings.concurrency());
        this.outcomes = new OutcomeRecorder(stores, claimSlots(settings), this::released, this::retriesStored);
    }

    /** Deliveries claimed and not yet recorded, at most: a batch being sent and one waiting for a worker. */
    public static int claimSlots(WebhookSettings settings) {
        return 2 * settings.concurrency();
    }

    /** How to ask for an early pass (set by the composition root; a pass is otherwise periodic). */
    public void onNudge(Runnable requestPass) {
        this.nudge = requestPass;
    }

    /** Starts recording outcomes on a thread of {@code threads}; until then they wait for {@link #close()}. */
    public void start(ThreadFactory threads) {
        outcomes.start(threads);
    }

    /** Asks for a pass over {@code app}'s outbox soon, e.g. after a commit queued deliveries there. */
    public void nudge(String app) {
        nextLook.put(app, clock.instant());
        nudge.run();
    }

    @Override
    public synchronized void run() {
        for (String app : loaded.names()) {
            if (closed || !dispatch(app)) {
                return; // no free slot left
            }
        }
    }

    /** Claims and sends {@code app}'s due deliveries while slots are free; false when none is. */
    private boolean dispatch(String app) {
        while (true) {
            int free = slots.availablePermits();
            if (free == 0) {
                return false;
            }
            Instant now = clock.instant();
            Instant due = nextLook.get(app);
            if (due != null && due.isAfter(now)) {
                return true;
            }
            List<WebhookLog> claimed;
            WebhookStores db;
            try {
                db = stores.of(app);
                claimed = db.transactions().inTransaction(
                        () -> db.logs().claimDue(now, now.plus(settings.lease()), free));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook dispatch failed for app " + app + ": " + e.getMessage());
                return true;
            }
            claimed.forEach(delivery -> submit(app, delivery));
            if (claimed.size() < free) { // the outbox had no more due work; else look again while slots are free
                idleUntil(app, due, nextLookAfter(db, now));
                return true;
            }
        }
    }

    private void submit(String app, WebhookLog delivery) {
        slots.acquireUninterruptibly();
        try {
            workers.execute(() -> deliver(app, delivery));
        } catch (RejectedExecutionException e) { // shutting down: the lease makes it due again
            slots.release();
        }
    }

    /** When the outbox's earliest waiting delivery falls due, but no later than the idle recheck. */
    private static Instant nextLookAfter(WebhookStores db, Instant now) {
        Instant recheck = now.plus(IDLE_RECHECK);
        try {
            return db.logs().nextDue().filter(recheck::isAfter).orElse(recheck);
        } catch (RuntimeException e) { // the recheck still finds it
            LOG.log(Level.WARNING, "Webhook outbox look-ahead failed: " + e.getMessage());
            return recheck;
        }
    }

    /** Plans {@code app}'s next look at {@code at} unless a nudge or a retry replaced what the pass saw. */
    private void idleUntil(String app, Instant seen, Instant at) {
        nextLook.compute(app, (key, current) -> current == seen ? at : current);
    }

    /**
     * Moves {@code app}'s next look to {@code at} (or keeps an earlier one), always as a fresh instant: a pass that
     * is running now must not replace it with the later look it planned from what it saw.
     */
    private void lookAt(String app, Instant at) {
        nextLook.merge(app, at, (planned, wanted) -> planned.isBefore(wanted)
                ? Instant.ofEpochSecond(planned.getEpochSecond(), planned.getNano()) : wanted);
    }

    /** Retries go on the plan once their rows are stored, so the pass that finds them due can claim them. */
    private void retriesStored(String app, List<DeliveryOutcome> outcomes) {
        outcomes.stream().map(DeliveryOutcome::nextRetryAt).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).ifPresent(at -> lookAt(app, at));
    }

    private void deliver(String app, WebhookLog delivery) {
        DeliveryOutcome outcome;
        sending.acquireUninterruptibly();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            attempts.incrementAndGet();
            outcome = outcomeOf(app, delivery, requests.send(delivery, settings.asyncTimeout()));
        } catch (RuntimeException e) { // a sender answers with values; should one throw, the lease retries it
            LOG.log(Level.WARNING, "Webhook delivery " + delivery.id() + " failed: " + e.getMessage());
            released(1);
            return;
        } finally {
            inFlight.decrementAndGet();
            sending.release();
        }
        Instant answered = clock.instant();
        meter.attempted(outcome.status(),
                delivery.createdAt() == null ? null : Duration.between(delivery.createdAt(), answered));
        outcomes.add(app, outcome);
    }

    private DeliveryOutcome outcomeOf(String app, WebhookLog delivery, Delivery result) {
        if (result.succeeded()) {
            return new DeliveryOutcome(delivery.id(), WebhookLog.DELIVERED, result.status(), result.body(), "", null);
        }
        String error = result.error() != null ? result.error() : "HTTP " + result.status();
        if (delivery.attempt() >= delivery.maxAttempts()) {
            return new DeliveryOutcome(delivery.id(), WebhookLog.FAILED, result.status(), result.body(), error, null);
        }
        Instant retryAt = clock.instant().plus(settings.delayAfter(delivery.attempt()));
        return new DeliveryOutcome(delivery.id(), WebhookLog.RETRYING, result.status(), result.body(), error, retryAt);
    }

    /** Slots given back by the recorder: deliveries left behind for want of one go out now. */
    private void released(int count) {
        slots.release(count);
        if (!closed) {
            nudge.run();
        }
    }

    /**
     * Stops claiming and records every outcome that has arrived (call after the workers have finished what they
     * were sending; an answer that comes later is sent again after its lease).
     */
    @Override
    public void close() {
        closed = true;
        outcomes.close();
    }

    /** Deliveries being sent right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Deliveries waiting in the outboxes of the loaded apps (pending or retrying). */
    public long waiting() {
        return loaded.each(stores).values().stream().mapToLong(app -> app.logs().countWaiting()).sum();
    }

    /** How long the longest-overdue delivery of the loaded apps has waited for an attempt; zero when none is due. */
    public Duration oldestWaiting() {
        Instant now = clock.instant();
        return loaded.each(stores).values().stream().map(app -> app.logs().nextDue()).flatMap(Optional::stream)
                .filter(at -> !at.isAfter(now))
                .min(Instant::compareTo).map(oldest -> Duration.between(oldest, now)).orElse(Duration.ZERO);
    }

    /** The most deliveries ever in flight at once (never above the configured concurrency). */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public long attempts() {
        return attempts.get();
    }
}

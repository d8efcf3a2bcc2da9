package rocket.application.webhooks;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import rocket.application.apps.port.out.AppStores;
import rocket.application.apps.port.out.LoadedApps;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.WebhookLogStore;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.domain.webhook.WebhookLog;

/**
 * Delivers queued webhook events. Each pass claims at most as many due deliveries as there are free slots
 * ({@code FOR UPDATE SKIP LOCKED} plus a lease, so several servers share the work and never send the same delivery
 * at the same time), sends them on the bounded worker pool and records the outcome with the contract's backoff.
 * Work beyond the bound simply stays in the table until the next pass.
 *
 * <p>An app's outbox is looked at when this server queued or retried deliveries there (a nudge), when a retry it
 * scheduled falls due, and otherwise once every {@link #IDLE_RECHECK} (deliveries queued by another server that died
 * before sending them). Looking at every loaded app on every pass would keep a connection of each app's pool busy
 * for good, so a server with many apps would run out of PostgreSQL connections.
 */
public final class WebhookDispatcher implements Runnable {
    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());
    static final Duration IDLE_RECHECK = Duration.ofSeconds(60);
    private final LoadedApps loaded;
    private final AppStores<WebhookStores> stores;
    private final WebhookRequests requests;
    private final WebhookSettings settings;
    private final Clock clock;
    private final Executor workers;
    private final Semaphore slots;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong attempts = new AtomicLong();
    private volatile Runnable nudge = () -> { };
    /**
     * When each app's outbox is next looked at; an app without an entry is looked at on the next pass. A nudge stores
     * a fresh instant, so a pass that read another one (by identity) never overwrites a nudge that came meanwhile.
     */
    private final Map<String, Instant> nextLook = new ConcurrentHashMap<>();

    /** {@code workers} must run at least {@code settings.concurrency()} tasks at once. */
    public WebhookDispatcher(LoadedApps loaded, AppStores<WebhookStores> stores, WebhookSender sender,
                             WebhookEnvironment environment, WebhookSettings settings, Clock clock,
                             Executor workers) {
        this.loaded = loaded;
        this.stores = stores;
        this.requests = new WebhookRequests(sender, environment);
        this.settings = settings;
        this.clock = clock;
        this.workers = workers;
        this.slots = new Semaphore(settings.concurrency());
    }

    /** How to ask for an early pass (set by the composition root; a pass is otherwise periodic). */
    public void onNudge(Runnable requestPass) {
        this.nudge = requestPass;
    }

    /** Asks for a pass over {@code app}'s outbox soon, e.g. after a commit queued deliveries there. */
    public void nudge(String app) {
        nextLook.put(app, clock.instant());
        nudge.run();
    }

    @Override
    public synchronized void run() {
        for (String app : loaded.names()) {
            int free = slots.availablePermits();
            if (free == 0) {
                return;
            }
            Instant now = clock.instant();
            Instant due = nextLook.get(app);
            if (due != null && due.isAfter(now)) {
                continue;
            }
            try {
                WebhookStores db = stores.of(app);
                List<WebhookLog> claimed = db.transactions().inTransaction(
                        () -> db.logs().claimDue(now, now.plus(settings.lease()), free));
                if (claimed.size() < free) { // the outbox had no more due work; else the next pass looks again
                    idleUntil(app, due, now.plus(IDLE_RECHECK));
                }
                for (WebhookLog delivery : claimed) {
                    slots.acquireUninterruptibly();
                    int running = inFlight.incrementAndGet();
                    maxInFlight.accumulateAndGet(running, Math::max);
                    workers.execute(() -> deliver(app, db.logs(), delivery));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook dispatch failed for app " + app + ": " + e.getMessage());
            }
        }
    }

    /** Plans {@code app}'s next look at {@code at} unless a nudge or a retry replaced what the pass saw. */
    private void idleUntil(String app, Instant seen, Instant at) {
        nextLook.compute(app, (key, current) -> current == seen ? at : current);
    }

    /** Moves {@code app}'s next look to {@code at} (or earlier, if one is already planned). */
    private void lookAt(String app, Instant at) {
        nextLook.merge(app, at, (planned, wanted) -> planned.isBefore(wanted) ? planned : wanted);
    }

    private void deliver(String app, WebhookLogStore logs, WebhookLog delivery) {
        try {
            attempts.incrementAndGet();
            Delivery result = requests.send(delivery, settings.asyncTimeout());
            String error = result.error() != null ? result.error() : result.succeeded() ? "" : "HTTP " + result.status();
            if (result.succeeded()) {
                logs.complete(delivery.id(), WebhookLog.DELIVERED, result.status(), result.body(), "", null);
            } else if (delivery.attempt() >= delivery.maxAttempts()) {
                logs.complete(delivery.id(), WebhookLog.FAILED, result.status(), result.body(), error, null);
            } else {
                Instant retryAt = clock.instant().plus(settings.delayAfter(delivery.attempt()));
                logs.complete(delivery.id(), WebhookLog.RETRYING, result.status(), result.body(), error, retryAt);
                lookAt(app, retryAt);
            }
        } catch (RuntimeException e) {
            // the lease expires and another pass retries it; nothing is lost
            LOG.log(Level.WARNING, "Webhook delivery " + delivery.id() + " could not be recorded: " + e.getMessage());
        } finally {
            inFlight.decrementAndGet();
            slots.release();
            nudge.run(); // a slot is free: deliveries left behind for want of one go out now
        }
    }

    /** Deliveries being sent right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Deliveries waiting in the outboxes of the loaded apps (pending or retrying). */
    public long waiting() {
        return loaded.each(stores).values().stream().mapToLong(app -> app.logs().countWaiting()).sum();
    }

    /** The most deliveries ever in flight at once (never above the configured concurrency). */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public long attempts() {
        return attempts.get();
    }
}

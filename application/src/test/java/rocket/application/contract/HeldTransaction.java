package rocket.application.contract;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import rocket.application.apps.port.out.TransactionRunner;

/**
 * Two transactions at once, for the contracts' concurrency promises (row locks, {@code SKIP LOCKED}): {@code held}
 * runs in a transaction on another thread, and {@code meanwhile} runs after {@code held} has done its work but before
 * that transaction ends. {@code meanwhile} must not wait for the held transaction: if it does, the run fails instead
 * of passing late.
 */
public final class HeldTransaction {
    /** A thread of its own per task: the common pool may have one thread on a small machine and queue the second. */
    public static final Executor NEW_THREAD = task -> Thread.ofPlatform().daemon().start(task);
    private static final long TIMEOUT_SECONDS = 10;
    private static final long PAUSE_MILLIS = 300;

    /** What each side returned. */
    public record Both<H, M>(H held, M meanwhile) {
    }

    private HeldTransaction() {
    }

    public static <H, M> Both<H, M> run(TransactionRunner transactions, Supplier<H> held, Supplier<M> meanwhile)
            throws InterruptedException, ExecutionException, TimeoutException {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<H> holder = hold(transactions, held, release);
        try {
            M other;
            try {
                other = CompletableFuture.supplyAsync(meanwhile, NEW_THREAD).get(TIMEOUT_SECONDS / 2, TimeUnit.SECONDS);
            } catch (TimeoutException blocked) {
                throw new AssertionError("the second transaction waited for the held one", blocked);
            }
            release.countDown();
            return new Both<>(holder.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), other);
        } finally {
            release.countDown();
        }
    }

    /** What each side returned, and whether {@code meanwhile} was still waiting while the held one stayed open. */
    public record Serialized<H, M>(H held, M meanwhile, boolean waitedWhileHeld) {
    }

    /**
     * The same two transactions for stores whose claims serialize instead of skipping locked rows (SQLite: one write
     * transaction at a time): {@code meanwhile} starts while {@code held} is open, must still be waiting after a
     * pause, and finishes once the held transaction has committed.
     */
    public static <H, M> Serialized<H, M> runSerialized(TransactionRunner transactions, Supplier<H> held,
                                                        Supplier<M> meanwhile) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<H> holder = hold(transactions, held, release);
        try {
            CompletableFuture<M> other = CompletableFuture.supplyAsync(meanwhile, NEW_THREAD);
            Thread.sleep(PAUSE_MILLIS);
            boolean waited = !other.isDone();
            release.countDown();
            return new Serialized<>(holder.get(TIMEOUT_SECONDS, TimeUnit.SECONDS),
                    other.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), waited);
        } finally {
            release.countDown();
        }
    }

    /** Starts {@code held} in a transaction that stays open until {@code release}; returns once it did its work. */
    private static <H> CompletableFuture<H> hold(TransactionRunner transactions, Supplier<H> held,
                                                 CountDownLatch release) throws InterruptedException, TimeoutException {
        CountDownLatch worked = new CountDownLatch(1);
        CompletableFuture<H> holder = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            H result = held.get();
            worked.countDown();
            awaitQuietly(release);
            return result;
        }), NEW_THREAD);
        if (!worked.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            release.countDown();
            throw new TimeoutException("the held transaction did not do its work");
        }
        return holder;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(TIMEOUT_SECONDS * 3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

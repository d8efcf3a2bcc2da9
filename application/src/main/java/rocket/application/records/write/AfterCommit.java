package rocket.application.records.write;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import rocket.application.apps.port.out.TransactionRunner;

/**
 * Work that must wait until the outermost write transaction of this thread has committed: workflow starts,
 * transition webhooks and the webhook dispatcher's wake-up. Transactions are thread-bound (a nested one joins the
 * outer one as a savepoint), so the pending work is too. A rolled-back transaction or savepoint drops the work it
 * deferred; a failing piece of work is logged and never changes the answer of the write that committed.
 */
public final class AfterCommit {
    private static final System.Logger LOG = System.getLogger(AfterCommit.class.getName());
    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

    private AfterCommit() {
    }

    /** Runs {@code work} in a transaction; what it deferred runs once the outermost transaction has committed. */
    public static <T> T transaction(TransactionRunner transactions, Supplier<T> work) {
        List<Runnable> outer = PENDING.get();
        if (outer != null) {
            int mark = outer.size();
            try {
                return transactions.inTransaction(work);
            } catch (RuntimeException e) {
                outer.subList(mark, outer.size()).clear(); // the savepoint rolled back: so did its effects
                throw e;
            }
        }
        List<Runnable> pending = new ArrayList<>();
        PENDING.set(pending);
        T result;
        try {
            result = transactions.inTransaction(work);
        } finally {
            PENDING.remove();
        }
        for (Runnable effect : pending) {
            try {
                effect.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Work after a commit failed: " + e.getMessage());
            }
        }
        return result;
    }

    /** Defers {@code effect} to the end of the current transaction; outside one nothing is pending, so it runs now. */
    static void defer(Runnable effect) {
        List<Runnable> pending = PENDING.get();
        if (pending == null) {
            effect.run();
        } else {
            pending.add(effect);
        }
    }
}

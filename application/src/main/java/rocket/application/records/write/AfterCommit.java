package rocket.application.records.write;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.RecordChange;

/**
 * The ends of the outermost write transaction of this thread. Just before it commits, the record changes its
 * writes logged are appended, one statement per change log: a nested create of a parent and five children is one
 * round trip, not six (the six were a third of such a write's time). Once it has committed, the work that must
 * wait for that runs: workflow starts, transition webhooks and the webhook dispatcher's wake-up. Transactions are
 * thread-bound (a nested one joins the outer one as a savepoint), so both are too. A rolled-back transaction or
 * savepoint drops the changes and the work it queued; a failing piece of work is logged and never changes the
 * answer of the write that committed.
 */
public final class AfterCommit {
    private static final System.Logger LOG = System.getLogger(AfterCommit.class.getName());
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private record Logged(ChangeLog log, RecordChange change) {
    }

    /** What the outermost transaction queued, in order. */
    private record Pending(List<Logged> changes, List<Runnable> effects) {
        /** The changes, in order, in one statement per log, the logs in the order first written (an app has one). */
        void appendChanges() {
            List<Logged> left = changes;
            while (!left.isEmpty()) {
                ChangeLog log = left.getFirst().log();
                log.append(left.stream().filter(logged -> logged.log() == log).map(Logged::change).toList());
                left = left.stream().filter(logged -> logged.log() != log).toList();
            }
        }
    }

    private AfterCommit() {
    }

    /**
     * Runs {@code work} in a transaction; the changes it logged are appended before the outermost transaction
     * commits, and what it deferred runs once that has committed.
     */
    public static <T> T transaction(TransactionRunner transactions, Supplier<T> work) {
        Pending outer = PENDING.get();
        if (outer != null) {
            int changesMark = outer.changes().size();
            int effectsMark = outer.effects().size();
            try {
                return transactions.inTransaction(work);
            } catch (RuntimeException e) { // the savepoint rolled back: so did its effects
                outer.changes().subList(changesMark, outer.changes().size()).clear();
                outer.effects().subList(effectsMark, outer.effects().size()).clear();
                throw e;
            }
        }
        Pending pending = new Pending(new ArrayList<>(), new ArrayList<>());
        PENDING.set(pending);
        T result;
        try {
            result = transactions.inTransaction(() -> {
                T value = work.get();
                pending.appendChanges();
                return value;
            });
        } finally {
            PENDING.remove();
        }
        for (Runnable effect : pending.effects()) {
            try {
                effect.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Work after a commit failed: " + e.getMessage());
            }
        }
        return result;
    }

    /** Queues {@code changes} for {@code log} until the transaction is about to commit; outside one: appends now. */
    static void log(ChangeLog log, List<RecordChange> changes) {
        Pending pending = PENDING.get();
        if (pending == null) {
            log.append(changes);
        } else {
            changes.forEach(change -> pending.changes().add(new Logged(log, change)));
        }
    }

    /** Defers {@code effect} to the end of the current transaction; outside one nothing is pending, so it runs now. */
    static void defer(Runnable effect) {
        Pending pending = PENDING.get();
        if (pending == null) {
            effect.run();
        } else {
            pending.effects().add(effect);
        }
    }
}

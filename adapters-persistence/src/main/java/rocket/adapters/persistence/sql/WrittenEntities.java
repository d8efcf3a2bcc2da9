package rocket.adapters.persistence.sql;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import rocket.application.records.port.out.RecordChangeListener;

/**
 * Collects the entities written by the current thread's transaction and reports them once it has ended, so a
 * reader that sees the new version also sees the new rows. Transactions are thread-bound (see {@link JooqContexts}),
 * hence the thread-local frame; a write outside any transaction is reported right after its statement.
 */
public final class WrittenEntities {
    private final ThreadLocal<Set<String>> frame = new ThreadLocal<>();
    private final RecordChangeListener listener;

    public WrittenEntities(RecordChangeListener listener) {
        this.listener = listener;
    }

    /** Call after a statement that changed rows of the entity (or may have). */
    public void written(String entity) {
        Set<String> open = frame.get();
        if (open == null) {
            listener.committed(Set.of(entity));
        } else {
            open.add(entity);
        }
    }

    /** Whether the current thread is inside a transaction (its statements then run on that transaction's connection). */
    public boolean inTransaction() {
        return frame.get() != null;
    }

    /**
     * Runs an outermost transaction and reports what it wrote. A rolled-back transaction is reported too: a version
     * that moves without a change only costs a cache miss, a missed change would serve stale data.
     */
    <T> T around(Supplier<T> transaction) {
        if (frame.get() != null) {
            return transaction.get(); // nested: a savepoint inside the outer transaction
        }
        Set<String> written = new LinkedHashSet<>();
        frame.set(written);
        try {
            return transaction.get();
        } finally {
            frame.remove();
            if (!written.isEmpty()) {
                listener.committed(written);
            }
        }
    }
}

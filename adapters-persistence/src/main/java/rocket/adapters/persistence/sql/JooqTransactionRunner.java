package rocket.adapters.persistence.sql;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import rocket.application.apps.port.out.TransactionRunner;

/**
 * Transactions over a thread-bound jOOQ context (see {@link JooqContexts}); nested calls join the outer one. The
 * entities an outermost transaction wrote are reported once it has ended.
 */
public final class JooqTransactionRunner implements TransactionRunner {
    private final DSLContext dsl;
    private final WrittenEntities written;

    public JooqTransactionRunner(DSLContext dsl, WrittenEntities written) {
        this.dsl = dsl;
        this.written = written;
    }

    /**
     * A transaction that cannot begin because the database is busy (SQLite's write lock held past the busy timeout,
     * which jOOQ reports outside any statement) is a 503 like a statement that could not run.
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return written.around(() -> dsl.transactionResult(work::get));
        } catch (DataAccessException e) {
            throw DatabaseFailures.translate(e).map(RuntimeException.class::cast).orElseThrow(() -> e);
        }
    }
}

package rocket.adapters.persistence.sql;

import java.util.function.Supplier;
import org.jooq.DSLContext;
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

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return written.around(() -> dsl.transactionResult(work::get));
    }
}

package rocket.adapters.persistence.sql;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import rocket.application.port.out.TransactionRunner;

/** Transactions over a thread-bound jOOQ context (see {@link JooqContexts}); nested calls join the outer one. */
public final class JooqTransactionRunner implements TransactionRunner {
    private final DSLContext dsl;

    public JooqTransactionRunner(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }
}

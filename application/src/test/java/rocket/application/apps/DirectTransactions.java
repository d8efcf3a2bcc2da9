package rocket.application.apps;

import java.util.function.Supplier;
import rocket.application.apps.port.out.TransactionRunner;

/** Runs the work at once, in no transaction: for service tests over in-memory stores, which cannot roll back. */
public final class DirectTransactions implements TransactionRunner {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}

package rocket.application.apps.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: every store call of the same app made inside {@code work}
 * joins it; an exception rolls everything back.
 */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);
}

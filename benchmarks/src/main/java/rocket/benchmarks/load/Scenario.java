package rocket.benchmarks.load;

import java.util.function.IntFunction;

/** A load scenario: an idempotent set-up through the public API, then the requests each worker sends. */
public interface Scenario extends AutoCloseable {
    String name();

    /** Creates whatever is missing (entities, rows, files…) and returns worker i's request stream. */
    IntFunction<RequestStream> prepare(AppClient app, int connections) throws Exception;

    /** What the scenario saw besides the HTTP answers (e.g. webhook deliveries), or empty. */
    default String report() {
        return "";
    }

    /** Releases what the set-up started (e.g. a webhook sink). */
    @Override
    default void close() {
    }
}

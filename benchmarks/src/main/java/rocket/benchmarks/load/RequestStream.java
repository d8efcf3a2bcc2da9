package rocket.benchmarks.load;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The requests one virtual user sends, one after the other. It hears every answer, so a stateful stream (a record
 * toggled between two states, remembered ETags) stays in step with the server.
 */
public interface RequestStream {
    HttpRequest next();

    default void answered(HttpResponse<?> response) {
    }

    /** The same request over and over. */
    static RequestStream repeating(HttpRequest request) {
        return () -> request;
    }
}

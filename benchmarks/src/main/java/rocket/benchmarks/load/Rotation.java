package rocket.benchmarks.load;

import java.net.http.HttpRequest;
import java.util.List;

/**
 * Cycles through a fixed list of requests; worker i starts at its own offset, so the workers spread over the list
 * instead of asking for the same item at the same moment.
 */
final class Rotation implements RequestStream {
    private final List<HttpRequest> requests;
    private int next;

    Rotation(List<HttpRequest> requests, int worker, int workers) {
        this.requests = requests;
        this.next = (int) ((long) worker * requests.size() / workers);
    }

    @Override
    public HttpRequest next() {
        HttpRequest request = requests.get(next);
        next = (next + 1) % requests.size();
        return request;
    }
}

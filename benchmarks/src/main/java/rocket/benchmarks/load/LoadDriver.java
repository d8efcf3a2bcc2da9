package rocket.benchmarks.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Fixed-concurrency load on virtual threads: each of C workers sends its stream's requests back to back (closed
 * loop) until the {@link Stop} says the run is over; bodies are read fully and discarded.
 */
public final class LoadDriver {
    private final HttpClient client;
    private final int concurrency;

    public LoadDriver(HttpClient client, int concurrency) {
        this.client = client;
        this.concurrency = concurrency;
    }

    /** A client as the load needs it: HTTP/1.1 (no h2c upgrade attempts), so C workers keep C connections open. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Runs workers until {@code stop} ends the run; worker i sends {@code streams.apply(i)}. */
    public LoadResult run(IntFunction<RequestStream> streams, Stop stop) throws Exception {
        List<Tally> tallies = new ArrayList<>();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                Tally tally = new Tally();
                tallies.add(tally);
                RequestStream stream = streams.apply(w);
                workers.add(executor.submit(() -> work(stream, stop, tally)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return Tally.merge(tallies, (System.nanoTime() - start) / 1e9);
    }

    private Void work(RequestStream stream, Stop stop, Tally tally) {
        while (stop.another()) {
            long sent = System.nanoTime();
            try {
                HttpResponse<Void> response = client.send(stream.next(), HttpResponse.BodyHandlers.discarding());
                tally.answered(response.statusCode(), System.nanoTime() - sent);
                stream.answered(response);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (Exception e) {
                tally.failed(System.nanoTime() - sent);
            }
        }
        return null;
    }
}

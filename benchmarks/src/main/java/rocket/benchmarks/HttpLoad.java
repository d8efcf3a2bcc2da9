package rocket.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import rocket.benchmarks.load.LoadDriver;
import rocket.benchmarks.load.LoadResult;
import rocket.benchmarks.load.RequestStream;
import rocket.benchmarks.load.Stop;

/**
 * The probes' load run: C workers send the same authenticated GET until N requests in total have been sent (after a
 * warm-up of W requests). Usage: {@code HttpLoad <url> <bearer-token|-> <concurrency> <requests> [warmup]}.
 * Duration-based scenario runs are {@code bin/load} ({@link rocket.benchmarks.load.LoadCommand}).
 */
public final class HttpLoad {
    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        String token = args[1].equals("-") ? null : args[1];
        int concurrency = Integer.parseInt(args[2]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        if (warmup > 0) {
            run(args[0], token, concurrency, warmup);
        }
        System.out.println(run(args[0], token, concurrency, Integer.parseInt(args[3])));
    }

    public static LoadResult run(String url, String token, int concurrency, int requests) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        RequestStream stream = RequestStream.repeating(builder.build());
        return new LoadDriver(LoadDriver.newClient(), concurrency).run(worker -> stream, Stop.afterRequests(requests));
    }
}

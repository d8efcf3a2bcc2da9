package rocket.benchmarks.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes streams behave like a caching client: the last ETag seen for a URL (by any worker) is sent back as
 * {@code If-None-Match}, so a server that supports it can answer 304 instead of the body.
 */
public final class Revalidation {
    private final Map<URI, String> etags = new ConcurrentHashMap<>();

    public RequestStream wrap(RequestStream stream) {
        return new RequestStream() {
            @Override
            public HttpRequest next() {
                HttpRequest request = stream.next();
                String etag = etags.get(request.uri());
                if (etag == null || !request.method().equals("GET")) {
                    return request;
                }
                return HttpRequest.newBuilder(request, (name, value) -> true).header("If-None-Match", etag).build();
            }

            @Override
            public void answered(HttpResponse<?> response) {
                response.headers().firstValue("ETag").ifPresent(etag -> etags.put(response.request().uri(), etag));
                stream.answered(response);
            }
        };
    }
}

package rocket.bootstrap.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for tests: the response's lines are read on a virtual thread and parsed into events
 * (comments, such as heartbeats, are kept as events of type {@code comment}); the end of the stream is an event of
 * type {@code end}. Subscribed once the constructor returns: the server answers the headers after it registered.
 */
final class EventStream implements AutoCloseable {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One event; {@code data} is the parsed {@code data:} line (null for comments and the end). */
    record Event(String type, Long id, JsonNode data, String comment) {
    }

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    EventStream(Api api, String path, String token, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + api.port()
                + path)).header("Authorization", "Bearer " + token).GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        reader = Thread.ofVirtual().start(() -> read(api));
    }

    int status() {
        return response.statusCode();
    }

    String traceId() {
        return response.headers().firstValue("X-Trace-ID").orElseThrow();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private void read(Api api) {
        String type = null;
        Long id = null;
        JsonNode data = null;
        try {
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.startsWith(":")) {
                    events.add(new Event("comment", null, null, line.substring(1).strip()));
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("id: ")) {
                    id = Long.parseLong(line.substring(4));
                } else if (line.startsWith("data: ")) {
                    data = api.json(line.substring(6));
                } else if (line.isEmpty() && type != null) {
                    events.add(new Event(type, id, data, null));
                    type = null;
                    id = null;
                    data = null;
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
        events.add(new Event("end", null, null, null));
    }

    /** The next event that is not a comment; fails when none comes within the patience. */
    Event next() throws InterruptedException {
        while (true) {
            Event event = events.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("no event within " + PATIENCE);
            }
            if (!event.type().equals("comment")) {
                return event;
            }
        }
    }

    /** The next {@code count} events that are not comments. */
    List<Event> next(int count) throws InterruptedException {
        List<Event> next = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            next.add(next());
        }
        return next;
    }

    /** Waits for a comment with that text (a heartbeat is {@code ping}); fails when none comes within the patience. */
    void awaitComment(String text) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && text.equals(event.comment())) {
                return;
            }
        }
        throw new AssertionError("no comment '" + text + "' within " + PATIENCE);
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}

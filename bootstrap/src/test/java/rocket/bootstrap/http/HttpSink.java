package rocket.bootstrap.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP receiver for outbound calls: records every request and answers a chosen status. */
public final class HttpSink implements AutoCloseable {
    /** One received request. */
    public record Received(String method, String path, String body, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger delayMillis = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();

    public HttpSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            int now = concurrent.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body, headers));
            int answerStatus = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : status.get();
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            concurrent.decrementAndGet();
            exchange.sendResponseHeaders(answerStatus, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(int httpStatus) {
        status.set(httpStatus);
    }

    /** The next {@code n} requests get a 500. */
    public void failFirst(int n) {
        failuresLeft.set(n);
    }

    /** Each request waits this long before answering (a slow receiver). */
    public void delay(int millis) {
        delayMillis.set(millis);
    }

    public int maxConcurrent() {
        return maxConcurrent.get();
    }

    public List<Received> received() {
        return received;
    }

    /** Waits (bounded) until {@code count} requests are being answered at once (e.g. held by {@link #delay}). */
    public void awaitInFlight(int count) throws InterruptedException {
        for (int i = 0; i < 400 && concurrent.get() < count; i++) {
            Thread.sleep(10);
        }
    }

    /** Waits (bounded) until at least {@code count} requests arrived. */
    public List<Received> awaitAtLeast(int count) throws InterruptedException {
        for (int i = 0; i < 400 && received.size() < count; i++) {
            Thread.sleep(50);
        }
        return received;
    }

    /** Waits (bounded) for the first request that matches; empty when none arrived in time. */
    public java.util.Optional<Received> awaitFirst(java.util.function.Predicate<Received> matching)
            throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            java.util.Optional<Received> found = received.stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(50);
        }
        return java.util.Optional.empty();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

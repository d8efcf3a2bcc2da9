package rocket.bootstrap.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP receiver for outbound calls: records every request and answers a chosen status. */
public final class HttpSink implements AutoCloseable {
    /** One received request. */
    public record Received(String method, String path, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    public HttpSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
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

    public List<Received> received() {
        return received;
    }

    /** Waits (bounded) until at least {@code count} requests arrived. */
    public List<Received> awaitAtLeast(int count) throws InterruptedException {
        for (int i = 0; i < 100 && received.size() < count; i++) {
            Thread.sleep(50);
        }
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

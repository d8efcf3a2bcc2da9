package rocket.adapters.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import rocket.adapters.http.routes.MetricsRoutes;

/**
 * The separate metrics port: {@code GET /metrics} without auth, nothing else. It binds the server's host (loopback by
 * default), so opening it to a network is a decision about that host and its firewall, not a side effect.
 */
final class MetricsPortServer {
    private static final String PATH = "/metrics";
    private final HttpServer server;

    MetricsPortServer(String host, int port, PrometheusMeterRegistry registry) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for metrics on " + host + ":" + port, e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!PATH.equals(exchange.getRequestURI().getPath())) {
                    send(exchange, 404, "only " + PATH + " is served here\n");
                } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    send(exchange, 405, "GET only\n");
                } else {
                    send(exchange, 200, registry.scrape());
                }
            }
        });
    }

    int start() {
        server.start();
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", MetricsRoutes.CONTENT_TYPE);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

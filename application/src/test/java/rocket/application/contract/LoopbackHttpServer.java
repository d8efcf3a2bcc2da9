package rocket.application.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A minimal HTTP/1.1 server on loopback for the outbound contracts, on {@code java.base} only (application's module
 * does not read {@code jdk.httpserver}): one connection at a time, one request per connection, bodies by
 * {@code Content-Length}. It records what it received and answers what {@code answer} says.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    /** A request as received: method, path, headers (lower-case names) and body. */
    public record Request(String method, String path, Map<String, String> headers, String body) {
    }

    /** What to send back; {@code delayMillis} before answering (to provoke timeouts), extra response headers. */
    public record Response(int status, String body, Map<String, String> headers, long delayMillis) {
    }

    private final ServerSocket socket;
    private final Function<Request, Response> answer;
    private final List<Request> received = new CopyOnWriteArrayList<>();

    public LoopbackHttpServer(Function<Request, Response> answer) {
        this.answer = answer;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("contract-http").start(this::serve);
    }

    /** {@code http://127.0.0.1:<port>} */
    public String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public List<Request> received() {
        return received;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                handle(connection);
            } catch (IOException | InterruptedException closedOrGone) {
                // the server was closed, or the client hung up (a timeout): serve the next one
            }
        }
    }

    private void handle(Socket connection) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                StandardCharsets.UTF_8));
        String[] requestLine = in.readLine().split(" ");
        Map<String, String> headers = new HashMap<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        char[] body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
        int read = 0;
        while (read < body.length) {
            read += in.read(body, read, body.length - read);
        }
        Request request = new Request(requestLine[0], requestLine[1], headers, new String(body));
        received.add(request);
        Response response = answer.apply(request);
        Thread.sleep(response.delayMillis());
        byte[] content = response.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 " + response.status() + " X\r\n");
        response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(content.length).append("\r\nConnection: close\r\n\r\n");
        OutputStream out = connection.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

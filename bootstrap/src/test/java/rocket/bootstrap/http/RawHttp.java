package rocket.bootstrap.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends bytes no well-behaved client would (a broken URI, oversized headers) and reads the raw answer. */
final class RawHttp {
    private RawHttp() {
    }

    /** The status code and body of the answer to {@code request} (sent as is, with "Connection: close"). */
    static Api.Response send(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int bodyStart = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, bodyStart);
            String rest = answer.substring(bodyStart + 4);
            // the JSON document itself, whether the body came chunked or with a length
            String body = rest.indexOf('{') < 0 ? rest : rest.substring(rest.indexOf('{'), rest.lastIndexOf('}') + 1);
            java.util.Map<String, java.util.List<String>> headers = new java.util.HashMap<>();
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim(), java.util.List.of(line.substring(colon + 1).trim()));
                }
            }
            return new Api.Response(status, body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Response get(int port, String target, String... headerLines) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return send(port, request.append("Connection: close\r\n\r\n").toString());
    }
}

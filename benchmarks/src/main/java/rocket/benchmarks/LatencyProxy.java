package rocket.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP proxy that delays every chunk by a fixed time in each direction, so a server and a database on one machine
 * behave like two hosts a network apart (a request/response round trip costs twice the delay). For benchmarks only.
 * Usage: {@code LatencyProxy <listen port> <target host> <target port> <delay ms per direction>}
 */
public final class LatencyProxy {
    private LatencyProxy() {
    }

    public static void main(String[] args) throws IOException {
        int listen = Integer.parseInt(args[0]);
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        long delayMillis = Long.parseLong(args[3]);
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress("127.0.0.1", listen));
            while (true) {
                Socket client = server.accept();
                Socket target = new Socket(host, port);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                Thread.ofVirtual().start(() -> pump(client, target, delayMillis));
                Thread.ofVirtual().start(() -> pump(target, client, delayMillis));
            }
        }
    }

    private static void pump(Socket from, Socket to, long delayMillis) {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                Thread.sleep(delayMillis);
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}

package rocket.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rocket.bootstrap.RocketServer;
import rocket.bootstrap.database.EmbeddedDatabase;

/**
 * A change-stream client that stops reading is disconnected after the send timeout, while writers go on and other
 * streams keep receiving: the stream's connection, not a writer, carries the backlog.
 */
class SlowChangeStreamClientHttpTest {
    private static final int RECORDS = 120;
    private static final String NOTE = "x".repeat(60_000);
    private static final Pattern OPEN = Pattern.compile("(?m)^rocket_change_streams_open (\\S+)$");

    @Test
    void aClientThatStopsReadingIsClosedAfterTheSendTimeoutAndNobodyElseWaits() throws Exception {
        try (EmbeddedDatabase database = TestServer.externalDatabase();
             RocketServer server = TestServer.start(TestServer.tempDir(), TestServer.onDatabase(database, Map.of(
                     "ROCKET_CHANGE_STREAM_HEARTBEAT_MILLIS", "300",
                     "ROCKET_CHANGE_STREAM_SEND_TIMEOUT_MILLIS", "1000")))) {
            Api api = new Api(server.port());
            String app = api.createApp("slow");
            String token = api.appAdminToken(app);
            api.post("/api/" + app + "/_admin/entities", token, TestSchemas.uuidEntity("ticket", "tickets",
                    Map.of("name", "note", "type", "text"))).created();
            String platform = api.platformToken();
            try (Socket stalled = stalledSubscriber(server.port(), "/api/" + app + "/ticket/_changes", token);
                 EventStream reading = new EventStream(api, "/api/" + app + "/ticket/_changes", token, null)) {
                assertThat(reading.status()).isEqualTo(200);
                awaitOpenStreams(api, platform, 2);

                for (int i = 0; i < RECORDS; i++) { // ~7 MB of events: more than the socket buffers hold
                    api.post("/api/" + app + "/ticket", token, Map.of("note", NOTE)).created();
                }

                for (int i = 0; i < RECORDS; i++) {
                    assertThat(reading.next().type()).as("a reading client gets every event").isEqualTo("created");
                }
                awaitOpenStreams(api, platform, 1);
                assertThat(drain(stalled)).as("the stalled client got part of the stream, then the end")
                        .isLessThan((long) RECORDS * NOTE.length());
            }
        }
    }

    /** Subscribes with a small receive buffer, reads the answer's head, then stops reading. */
    private static Socket stalledSubscriber(int port, String path, String token) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        StringBuilder head = new StringBuilder();
        InputStream in = socket.getInputStream();
        while (!head.toString().contains(": connected")) {
            int b = in.read();
            assertThat(b).as("the stream answers before it closes").isNotNegative();
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 200");
        return socket;
    }

    /** Reads what the server sent before it closed the connection; fails if it is still open after 10 s. */
    private static long drain(Socket socket) throws Exception {
        socket.setSoTimeout(10_000);
        byte[] buffer = new byte[65_536];
        long total = 0;
        try (InputStream in = socket.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the stalled stream was not closed", stillOpen);
        } catch (java.net.SocketException reset) {
            // closed by the server with unread data: a reset is an end too
        }
        return total;
    }

    private static void awaitOpenStreams(Api api, String platformToken, int expected) throws InterruptedException {
        String seen = "";
        for (int i = 0; i < 200; i++) {
            Matcher open = OPEN.matcher(api.get("/api/_platform/metrics", platformToken).body());
            seen = open.find() ? open.group(1) : "absent";
            if (seen.equals(expected + ".0")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + expected + " open change streams, the metric says " + seen);
    }
}

package rocket.adapters.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.application.records.port.in.ChangeStream;
import rocket.application.records.port.in.StreamEvent;
import rocket.domain.error.RocketException;

/**
 * Writes a change stream as Server-Sent Events on the request's own (virtual) thread until the stream ends or the
 * client goes: {@code event:}, {@code id:} and one {@code data:} line of {@code {"data": ...}} per event, and a
 * {@code : ping} comment when nothing was sent for a heartbeat. A client that stops reading only blocks this
 * thread (the stream holds one batch of the log at most; writers are never involved), and only for the send
 * timeout: it is the idle timeout of the stream's own connection, so a write that makes no progress for that long
 * fails and the connection closes. Once the events have begun no error answer can follow, so a failure ends the
 * stream and the client resumes with {@code Last-Event-ID}.
 */
public final class ServerSentEvents {
    private static final Logger LOG = LoggerFactory.getLogger(ServerSentEvents.class);

    private ServerSentEvents() {
    }

    public static void stream(Context ctx, ChangeStream stream, Duration heartbeat, Duration sendTimeout)
            throws InterruptedException {
        // the connection is this stream's alone (SSE answers never end): the heartbeat keeps a healthy one busy
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                .getEndPoint().setIdleTimeout(sendTimeout.toMillis());
        ctx.status(200);
        ctx.res().setContentType("text/event-stream;charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-store");
        ctx.res().setHeader("X-Accel-Buffering", "no"); // a proxy must pass events on, not gather them
        try {
            OutputStream out = ctx.res().getOutputStream();
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            long quietSince = System.nanoTime();
            while (!stream.ended()) {
                Duration left = heartbeat.minusNanos(System.nanoTime() - quietSince);
                List<StreamEvent> events = stream.next(left.isNegative() ? Duration.ZERO : left);
                if (!events.isEmpty()) {
                    out.write(encode(events));
                } else if (System.nanoTime() - quietSince >= heartbeat.toNanos()) {
                    out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    continue;
                }
                out.flush();
                quietSince = System.nanoTime();
            }
        } catch (IOException gone) {
            // the client closed the connection: the stream simply ends
        } catch (RocketException refused) {
            // the caller lost the read permission, or the entity or app is gone
        } catch (RuntimeException e) {
            LOG.warn("A change stream ended on a failure: {}", e.getMessage(), e);
        }
    }

    private static byte[] encode(List<StreamEvent> events) throws JsonProcessingException {
        StringBuilder text = new StringBuilder();
        for (StreamEvent event : events) {
            text.append("event: ").append(event.type()).append('\n')
                    .append("id: ").append(event.id()).append('\n')
                    .append("data: ").append(Json.MAPPER.writeValueAsString(Map.of("data", event.data())))
                    .append("\n\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

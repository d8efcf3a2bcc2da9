package rocket.application.webhooks.port.out;

import java.time.Duration;
import java.util.Map;

/** An outbound call: method, absolute http(s) URL, headers, a JSON-able body and a timeout. */
public record OutboundRequest(String method, String url, Map<String, String> headers, Object body, Duration timeout) {
    public OutboundRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}

package rocket.adapters.http.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import rocket.adapters.http.support.Json;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.OutboundRequest;
import rocket.application.webhooks.port.out.WebhookSender;
import rocket.domain.outbound.OutboundTargetPolicy;

/**
 * Outbound HTTP on {@code java.net.http}: one shared HTTP/1.1 client whose keep-alive pool reuses a connection per
 * concurrent request to a host (no {@code h2c} upgrade attempt on plain http), JSON bodies, capped responses.
 * Targets are checked against the {@link OutboundTargetPolicy} after DNS; redirects are never followed, so a target
 * cannot bounce the request to an address the policy refuses.
 */
public final class JdkHttpWebhookSender implements WebhookSender {
    private static final int MAX_RESPONSE_BYTES = 64 * 1024;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final TargetGuard guard;

    public JdkHttpWebhookSender(OutboundTargetPolicy policy) {
        this.guard = new TargetGuard(policy);
    }

    @Override
    public Delivery send(OutboundRequest request) {
        String method = request.method() == null ? "POST" : request.method().toUpperCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) {
            return new Delivery(0, "", "unsupported method " + method);
        }
        URI uri;
        try {
            uri = URI.create(request.url());
        } catch (IllegalArgumentException e) {
            return new Delivery(0, "", "invalid URL");
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            return new Delivery(0, "", "URL must be http or https");
        }
        var refusal = guard.refusal(uri);
        if (refusal.isPresent()) {
            return new Delivery(0, "", method + " to " + uri.getHost() + ": refused, " + refusal.get());
        }
        try {
            byte[] body = Json.MAPPER.writeValueAsBytes(request.body());
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(request.timeout())
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            request.headers().forEach((name, value) -> {
                if (isSafeHeader(name, value)) {
                    builder.header(name, value);
                }
            });
            HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] head = in.readNBytes(MAX_RESPONSE_BYTES);
                return new Delivery(response.statusCode(), new String(head, StandardCharsets.UTF_8), null);
            }
        } catch (JsonProcessingException e) {
            return new Delivery(0, "", "body is not JSON-serialisable");
        } catch (IOException e) {
            return new Delivery(0, "", describe(method, uri, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(0, "", "interrupted");
        } catch (IllegalArgumentException e) {
            return new Delivery(0, "", "invalid request: " + e.getMessage());
        }
    }

    /** Header names/values from metadata must not smuggle CR/LF or restricted headers. */
    private static boolean isSafeHeader(String name, String value) {
        return name != null && value != null && name.matches("[A-Za-z0-9-]{1,100}")
                && value.chars().noneMatch(c -> c == '\r' || c == '\n')
                && !Set.of("host", "content-length", "connection", "upgrade", "expect").contains(name.toLowerCase());
    }

    /**
     * "POST to host: reason" for the log's error column. Only the host is named: webhook URLs often carry tokens in
     * their path or query. The JDK leaves many messages empty (a failed DNS lookup is a bare ConnectException), so
     * the first message along the cause chain is used, else the innermost exception's name.
     */
    private static String describe(String method, URI uri, IOException failure) {
        Throwable cause = failure;
        String reason = null;
        while (cause != null && reason == null) {
            reason = cause instanceof java.nio.channels.UnresolvedAddressException ? "no such host" : cause.getMessage();
            if (cause.getCause() == null && reason == null) {
                reason = cause.getClass().getSimpleName();
            }
            cause = cause.getCause();
        }
        return method + " to " + uri.getHost() + ": " + reason;
    }
}

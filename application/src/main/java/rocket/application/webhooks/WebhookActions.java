package rocket.application.webhooks;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import rocket.application.webhooks.port.out.Delivery;
import rocket.application.webhooks.port.out.OutboundRequest;
import rocket.application.webhooks.port.out.WebhookSender;

/** The {@code webhook} actions of state-machine transitions and workflow steps (direct calls, not logged). */
public final class WebhookActions {
    private static final System.Logger LOG = System.getLogger(WebhookActions.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final WebhookSender sender;
    private final Executor background;

    /** {@code background} must be bounded: when it is full the call is dropped and logged, never queued forever. */
    public WebhookActions(WebhookSender sender, Executor background) {
        this.sender = sender;
        this.background = background;
    }

    /** State-machine actions: fire and forget, after the write committed. */
    public void fireAndForget(Map<String, Object> action, Object body) {
        try {
            background.execute(() -> {
                Delivery delivery = send(action, body);
                if (!delivery.succeeded()) {
                    LOG.log(Level.INFO, "Transition webhook to " + action.get("url") + " failed: "
                            + (delivery.error() != null ? delivery.error() : "HTTP " + delivery.status()));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "Transition webhook dropped: background queue full");
        }
    }

    /** Workflow actions: synchronous; a non-2xx answer or a network error fails the action. */
    public boolean call(Map<?, ?> action, Object body) {
        return send(action, body).succeeded();
    }

    private Delivery send(Map<?, ?> action, Object body) {
        Object method = action.get("method");
        return sender.send(new OutboundRequest(method == null ? "POST" : String.valueOf(method),
                String.valueOf(action.get("url")), Map.of(), body, TIMEOUT));
    }
}

package rocket.application.webhooks.port.out;

/** Sends one outbound HTTP request (webhooks, state-machine and workflow webhook actions). */
public interface WebhookSender {
    Delivery send(OutboundRequest request);
}

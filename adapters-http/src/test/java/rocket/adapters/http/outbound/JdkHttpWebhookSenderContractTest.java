package rocket.adapters.http.outbound;

import rocket.application.webhooks.port.out.WebhookSender;
import rocket.application.webhooks.port.out.contract.WebhookSenderContract;
import rocket.domain.outbound.OutboundTargetPolicy;

/** The java.net.http sender behind its target guard meets the webhook sender contract. */
class JdkHttpWebhookSenderContractTest extends WebhookSenderContract {
    @Override
    protected WebhookSender sender(boolean loopbackAllowed) {
        return new JdkHttpWebhookSender(loopbackAllowed ? new OutboundTargetPolicy(true, false)
                : OutboundTargetPolicy.publicOnly());
    }
}

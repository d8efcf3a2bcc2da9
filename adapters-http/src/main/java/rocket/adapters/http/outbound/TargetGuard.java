package rocket.adapters.http.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import rocket.domain.outbound.OutboundTargetPolicy;

/**
 * Applies the {@link OutboundTargetPolicy} to a request's host after DNS resolution, just before it is sent: every
 * address the name resolves to must be allowed. The JDK caches the lookup (30 s by default), so the client connects
 * to the addresses judged here; a name that re-resolves to a refused address later is judged again on its next send.
 */
final class TargetGuard {
    private final OutboundTargetPolicy policy;

    TargetGuard(OutboundTargetPolicy policy) {
        this.policy = policy;
    }

    /** Why the request must not be sent, or empty when every address of its host is allowed. */
    Optional<String> refusal(URI uri) {
        String host = uri.getHost();
        Optional<String> literal = policy.refusalOfLiteral(host);
        if (literal.isPresent() || host == null) {
            return literal;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                Optional<String> refused = policy.refusal(address);
                if (refused.isPresent()) {
                    return Optional.of(host + " resolves to " + refused.get());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("no such host");
        }
    }
}

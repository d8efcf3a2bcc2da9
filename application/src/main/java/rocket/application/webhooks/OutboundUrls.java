package rocket.application.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.outbound.OutboundTargetPolicy;

/**
 * Save-time check of a URL a tenant wants the server to call: http(s), a host, and no literal address (IP or
 * {@code localhost}) the policy refuses. Names are judged again after DNS when the request is sent.
 */
public final class OutboundUrls {
    private OutboundUrls() {
    }

    static void requireAllowed(OutboundTargetPolicy policy, String url, String field) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(field + " is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(field + " must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw invalid(field + " has no valid host");
        }
        policy.refusalOfLiteral(uri.getHost()).ifPresent(reason -> {
            throw invalid(field + " is not an allowed target: " + reason);
        });
    }

    /** The same check for every {@code webhook} action among {@code actions} (state-machine and workflow actions). */
    public static void requireAllowedActions(OutboundTargetPolicy policy, java.util.Collection<?> actions, String field) {
        for (Object action : actions) {
            if (action instanceof java.util.Map<?, ?> map && "webhook".equals(map.get("type"))) {
                if (!(map.get("url") instanceof String url) || url.isBlank()) {
                    throw invalid(field + ": a webhook action needs a url");
                }
                requireAllowed(policy, url, field + " webhook url");
            }
        }
    }

    private static RocketException invalid(String message) {
        return RocketException.of(ErrorCode.VALIDATION_FAILED, message);
    }
}

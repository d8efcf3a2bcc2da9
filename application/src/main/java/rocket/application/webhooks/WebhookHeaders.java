package rocket.application.webhooks;

import java.util.Map;
import java.util.regex.Pattern;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Webhook headers are checked when saved, so none can split a request or fail every delivery later: a name must be
 * an HTTP token (RFC 9110 §5.6.2), a value may hold visible characters, spaces and tabs only — no NUL, CR, LF or other
 * control characters, nothing beyond Latin-1 (HTTP/1.1 field values are bytes).
 */
final class WebhookHeaders {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");
    private static final int MAX_VALUE_LENGTH = 8192;

    private WebhookHeaders() {
    }

    static void validate(Map<String, String> headers) {
        if (headers == null) {
            return;
        }
        headers.forEach((name, value) -> {
            if (name == null || !TOKEN.matcher(name).matches()) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED,
                        "header names must be HTTP tokens (letters, digits and !#$%&'*+.^_`|~-)");
            }
            if (value == null || value.length() > MAX_VALUE_LENGTH || !value.chars().allMatch(WebhookHeaders::allowed)) {
                throw RocketException.of(ErrorCode.VALIDATION_FAILED, "header " + name
                        + " must be at most " + MAX_VALUE_LENGTH + " characters without control characters (NUL, CR, LF)");
            }
        });
    }

    private static boolean allowed(int c) {
        return c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff);
    }
}

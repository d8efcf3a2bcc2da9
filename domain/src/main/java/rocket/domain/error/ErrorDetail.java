package rocket.domain.error;

import java.util.Objects;

/** One item of an error's {@code details}: which field failed which rule, and why. Field and rule may be null. */
public record ErrorDetail(String field, String rule, String message) {
    public ErrorDetail {
        Objects.requireNonNull(message, "message");
    }

    public static ErrorDetail of(String field, String rule, String message) {
        return new ErrorDetail(field, rule, message);
    }
}

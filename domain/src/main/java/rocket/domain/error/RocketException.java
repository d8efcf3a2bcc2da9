package rocket.domain.error;

import java.util.List;

/**
 * An expected failure carried as a value: a code, a human message and optional details.
 * The HTTP adapter maps it to the contract's error envelope in one place.
 */
public final class RocketException extends RuntimeException {
    private final ErrorCode code;
    private final List<ErrorDetail> details;
    private final long retryAfterSeconds;

    private RocketException(ErrorCode code, String message, List<ErrorDetail> details, long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static RocketException of(ErrorCode code, String message) {
        return new RocketException(code, message, List.of(), 0);
    }

    public static RocketException of(ErrorCode code, String message, List<ErrorDetail> details) {
        return new RocketException(code, message, details, 0);
    }

    /** A temporary refusal (429, 503): the client may try again after {@code seconds} (at least 1). */
    public static RocketException retryLater(ErrorCode code, String message, long seconds) {
        return new RocketException(code, message, List.of(), Math.max(1, seconds));
    }

    public static RocketException validation(List<ErrorDetail> details) {
        return of(ErrorCode.VALIDATION_FAILED, "Validation failed", details);
    }

    public ErrorCode code() {
        return code;
    }

    public List<ErrorDetail> details() {
        return details;
    }

    /** Seconds a client should wait before retrying, or 0 when a retry would not help. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The status its code carries. */
    public int httpStatus() {
        return code.httpStatus();
    }
}

package rocket.domain.error;

import java.util.List;

/**
 * An expected failure carried as a value: a code, a human message and optional details.
 * The HTTP adapter maps it to the contract's error envelope in one place.
 */
public final class RocketException extends RuntimeException {
    private final ErrorCode code;
    private final List<ErrorDetail> details;
    private final int statusOverride;

    private RocketException(ErrorCode code, String message, List<ErrorDetail> details, int statusOverride) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
        this.statusOverride = statusOverride;
    }

    public static RocketException of(ErrorCode code, String message) {
        return new RocketException(code, message, List.of(), 0);
    }

    public static RocketException of(ErrorCode code, String message, List<ErrorDetail> details) {
        return new RocketException(code, message, details, 0);
    }

    /** The contract sometimes pairs a code with another status (e.g. VALIDATION_FAILED as 400). */
    public static RocketException withStatus(ErrorCode code, int status, String message) {
        return new RocketException(code, message, List.of(), status);
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

    public int httpStatus() {
        return statusOverride != 0 ? statusOverride : code.httpStatus();
    }
}

package rocket.domain.error;

/** The contract's closed set of error codes, each with the HTTP status it maps to. */
public enum ErrorCode {
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    APP_NOT_FOUND(404),
    UNKNOWN_ENTITY(404),
    NOT_FOUND(404),
    UNKNOWN_FIELD(400),
    INVALID_PAYLOAD(400),
    VALIDATION_FAILED(422),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    FILE_TOO_LARGE(413),
    RANGE_NOT_SATISFIABLE(416),
    RATE_LIMITED(429),
    AI_REQUEST_FAILED(502),
    WEBHOOK_FAILED(502),
    NOT_CONFIGURED(501),
    INSUFFICIENT_STORAGE(507),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}

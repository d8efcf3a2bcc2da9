package rocket.domain.error;

/**
 * The contract's closed set of error codes, each with the HTTP status it maps to. A few constants answer with
 * another constant's wire code (the contract pairs, e.g., {@code VALIDATION_FAILED} with 400 for an unusable
 * invite): they exist so that every failure names its own status and nothing overrides it later.
 */
public enum ErrorCode {
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    APP_NOT_FOUND(404),
    UNKNOWN_ENTITY(404),
    NOT_FOUND(404),
    UNKNOWN_FIELD(400),
    INVALID_PAYLOAD(400),
    /** A list cursor this server did not sign, or signed for another query. */
    INVALID_CURSOR(400),
    VALIDATION_FAILED(422),
    CONFLICT(409),
    /** A conditional write (If-Match) whose record is no longer the version the client named. */
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    FILE_TOO_LARGE(413),
    RANGE_NOT_SATISFIABLE(416),
    RATE_LIMITED(429),
    AI_REQUEST_FAILED(502),
    WEBHOOK_FAILED(502),
    NOT_CONFIGURED(501),
    INSUFFICIENT_STORAGE(507),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503),
    /** An invite already accepted or expired. */
    INVITE_NOT_USABLE(VALIDATION_FAILED, 400),
    /** A route that exists for other methods only. */
    METHOD_NOT_ALLOWED(NOT_FOUND, 405),
    /** A request line over the server's limit, refused before any route runs. */
    URI_TOO_LONG(INVALID_PAYLOAD, 414),
    /** A header block over the server's limit, refused before any route runs. */
    HEADERS_TOO_LARGE(INVALID_PAYLOAD, 431);

    private final String wireCode;
    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.wireCode = name();
        this.httpStatus = httpStatus;
    }

    ErrorCode(ErrorCode wire, int httpStatus) {
        this.wireCode = wire.wireCode;
        this.httpStatus = httpStatus;
    }

    /** The {@code code} the client reads in the error envelope. */
    public String wireCode() {
        return wireCode;
    }

    public int httpStatus() {
        return httpStatus;
    }
}

package rocket.domain.error;

/** Checks of mandatory command values, failing as VALIDATION_FAILED with the caller's message. */
public final class Required {
    private Required() {
    }

    public static void text(String value, String message) {
        if (value == null || value.isBlank()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, message);
        }
    }
}

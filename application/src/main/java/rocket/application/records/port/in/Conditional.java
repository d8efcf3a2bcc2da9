package rocket.application.records.port.in;

/**
 * The answer to a read the client may already hold: {@code body} is null when the client already holds
 * {@code version} (the HTTP adapter answers 304). {@code version} is an opaque token, null when HTTP caching is
 * switched off; how it travels (an ETag) is the adapter's business. A {@code strong} version changes exactly when
 * the body's content does (fit for a write's precondition, {@link Precondition}); a weak one changes whenever
 * anything the answer depends on may have.
 */
public record Conditional<T>(T body, String version, boolean strong) {
    /** An answer with a weak version. */
    public Conditional(T body, String version) {
        this(body, version, false);
    }

    public static <T> Conditional<T> strong(T body, String version) {
        return new Conditional<>(body, version, true);
    }

    public boolean notModified() {
        return body == null;
    }
}

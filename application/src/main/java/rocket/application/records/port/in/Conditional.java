package rocket.application.records.port.in;

/**
 * The answer to a read the client may already hold: {@code body} is null when the client already holds
 * {@code version} (the HTTP adapter answers 304). {@code version} is an opaque token, null when HTTP caching is
 * switched off; how it travels (an ETag) is the adapter's business.
 */
public record Conditional<T>(T body, String version) {
    public boolean notModified() {
        return body == null;
    }
}

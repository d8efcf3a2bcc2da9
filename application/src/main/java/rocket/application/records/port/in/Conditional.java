package rocket.application.records.port.in;

/**
 * The answer to a read the client may already hold: {@code body} is null when the client's ETag still matches
 * (304). {@code etag} is null when HTTP caching is switched off.
 */
public record Conditional<T>(T body, String etag) {
    public boolean notModified() {
        return body == null;
    }
}

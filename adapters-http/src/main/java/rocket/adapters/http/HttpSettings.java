package rocket.adapters.http;

/**
 * Where the HTTP server listens, the largest JSON body, the deepest nesting a JSON body may have and the largest
 * uploaded file it accepts.
 */
public record HttpSettings(String host, int port, long maxBodyBytes, int maxJsonDepth, long maxFileBytes) {
}

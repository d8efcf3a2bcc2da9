package rocket.adapters.http;

/** Where the HTTP server listens and the largest JSON body it accepts. */
public record HttpSettings(String host, int port, long maxBodyBytes) {
}

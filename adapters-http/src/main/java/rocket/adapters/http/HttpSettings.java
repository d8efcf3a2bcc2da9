package rocket.adapters.http;

/** Where the HTTP server listens, the largest JSON body and the largest uploaded file it accepts. */
public record HttpSettings(String host, int port, long maxBodyBytes, long maxFileBytes) {
}

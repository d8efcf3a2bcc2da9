package rocket.adapters.http;

/**
 * Where the HTTP server listens, the largest JSON body, the deepest nesting a JSON body may have and the largest
 * uploaded file it accepts, and how many login attempts it admits (per client address per minute; failed logins
 * per account before a lockout).
 */
public record HttpSettings(String host, int port, long maxBodyBytes, int maxJsonDepth, long maxFileBytes,
                           int loginAttemptsPerAddressPerMinute, int loginFailuresPerAccount) {
}

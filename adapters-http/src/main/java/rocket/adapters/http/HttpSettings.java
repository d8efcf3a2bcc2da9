package rocket.adapters.http;

/**
 * Where the HTTP server listens, the largest JSON body and uploaded file it accepts, and how many login attempts
 * it admits (per client address per minute; failed logins per account before a lockout).
 */
public record HttpSettings(String host, int port, long maxBodyBytes, long maxFileBytes,
                           int loginAttemptsPerAddressPerMinute, int loginFailuresPerAccount) {
}

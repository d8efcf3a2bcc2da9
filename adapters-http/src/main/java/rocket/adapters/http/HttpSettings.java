package rocket.adapters.http;

/**
 * Where the HTTP server listens, the largest JSON body, the deepest nesting a JSON body may have and the largest
 * uploaded file it accepts, how many login attempts it admits (per client address per minute; failed logins
 * per account before a lockout), the static metrics scrape token (null: none), the separate metrics port
 * ({@link #NO_PORT}: none), the origins allowed cross-origin requests (exact origins or {@code *}; empty: none) and
 * how long a change stream may stay silent before it sends a heartbeat, and how long its client may take nothing
 * before the stream is closed.
 */
public record HttpSettings(String host, int port, long maxBodyBytes, int maxJsonDepth, long maxFileBytes,
                           int loginAttemptsPerAddressPerMinute, int loginFailuresPerAccount, String metricsToken,
                           int metricsPort, java.util.List<String> corsOrigins,
                           java.time.Duration changeStreamHeartbeat, java.time.Duration changeStreamSendTimeout) {
    public static final int NO_PORT = -1;

    public HttpSettings {
        corsOrigins = java.util.List.copyOf(corsOrigins);
    }

    @Override
    public String toString() {
        return "HttpSettings[host=" + host + ", port=" + port + ", metricsPort=" + metricsPort + ", corsOrigins=" + corsOrigins
                + "]"; // no token
    }
}

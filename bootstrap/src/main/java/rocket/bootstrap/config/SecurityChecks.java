package rocket.bootstrap.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Refuses configurations that would serve a network with known credentials: the development switch, a published
 * default secret or a short secret are allowed only on a loopback bind, where nobody else can reach the server.
 */
final class SecurityChecks {
    /** Defaults published by the reference implementations and our own earlier releases. */
    static final Set<String> KNOWN_SECRETS = Set.of("changeme-platform-secret", "changeme-secret", "changeme",
            "rocket-platform-secret", "rocket-dev-secret", "secret");
    static final int MIN_SECRET_LENGTH = 32;
    static final int MIN_PASSWORD_LENGTH = 12;

    private SecurityChecks() {
    }

    static void require(RocketConfig config) {
        String host = config.server().host();
        boolean loopback = isLoopback(host);
        RocketConfig.Security security = config.security();
        if (security.dev() && !loopback) {
            throw new ConfigException("ROCKET_DEV=true (--dev) is for local work and needs a loopback --host "
                    + "(127.0.0.1, ::1 or localhost); refusing to serve " + host + " with fixed passwords");
        }
        String secret = security.platformJwtSecret();
        if (secret != null && !loopback) {
            if (KNOWN_SECRETS.contains(secret)) {
                throw new ConfigException("The platform JWT secret is a published default; set a random one "
                        + "(or unset it to have one generated) before serving " + host);
            }
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new ConfigException("The platform JWT secret must have at least " + MIN_SECRET_LENGTH
                        + " characters to serve " + host);
            }
        }
        String password = security.platformAdminPassword();
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw new ConfigException("platform-admin-password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException("host '" + host + "' is not a valid address");
        }
    }
}

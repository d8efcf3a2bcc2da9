package rocket.application.auth;

import java.time.Duration;

/** Token settings: the platform signing secret and the lifetimes of access and refresh tokens. */
public record AuthSettings(String platformSecret, Duration accessTokenLifetime, Duration refreshTokenLifetime) {
    public static AuthSettings withDefaults(String platformSecret) {
        return new AuthSettings(platformSecret, Duration.ofMinutes(15), Duration.ofDays(7));
    }

    @Override
    public String toString() {
        return "AuthSettings[access=" + accessTokenLifetime + ", refresh=" + refreshTokenLifetime + "]";
    }
}

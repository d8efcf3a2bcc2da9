package rocket.domain.auth;

/** The login/refresh answer: a short-lived access JWT and an opaque refresh token. */
public record TokenPair(String accessToken, String refreshToken) {
    @Override
    public String toString() {
        return "TokenPair[redacted]";
    }
}

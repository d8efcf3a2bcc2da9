package rocket.domain.auth;

import java.time.Instant;
import java.util.UUID;

/** A stored refresh token: one row per issued token, deleted when used (rotation) or on logout. */
public record RefreshToken(UUID token, UUID userId, Instant expiresAt) {
    @Override
    public String toString() {
        return "RefreshToken[user=" + userId + "]";
    }
}

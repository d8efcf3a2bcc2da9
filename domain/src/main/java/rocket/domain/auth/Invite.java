package rocket.domain.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invitation to join an app: accepted once, before it expires, by whoever holds the token. */
public record Invite(UUID id, String email, List<String> roles, String token, Instant expiresAt, Instant acceptedAt,
                     UUID invitedBy, Instant createdAt) {
    public Invite {
        roles = List.copyOf(roles);
    }

    public boolean pending(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "Invite[" + id + ", " + email + "]"; // never print the token
    }
}

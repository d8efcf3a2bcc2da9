package rocket.domain.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user who can log in (an app's {@code _users} row or a platform user). */
public record UserAccount(UUID id, String email, String passwordHash, List<String> roles, boolean active,
                          Instant createdAt, Instant updatedAt) {
    public UserAccount {
        roles = List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + email + "]"; // never print the hash
    }
}

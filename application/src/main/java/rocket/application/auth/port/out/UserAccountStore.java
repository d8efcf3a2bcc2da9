package rocket.application.auth.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.auth.UserAccount;

/** Users who can log in, for one realm (an app's {@code _users} or the platform's users). */
public interface UserAccountStore {
    /** All users ordered by email. */
    List<UserAccount> list();

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findById(UUID id);

    /** Creates a user and returns it; empty when the email is taken. */
    Optional<UserAccount> create(String email, String passwordHash, List<String> roles, boolean active);

    /** Rewrites the user; a null hash keeps the stored one. Empty when absent; CONFLICT handling is the caller's. */
    Optional<UserAccount> update(UUID id, String email, String passwordHash, List<String> roles, boolean active);

    boolean delete(UUID id);

    long count();
}

package rocket.application.port.out;

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

    /** Inserts a user; returns false when the email is taken. */
    boolean insert(String email, String passwordHash, List<String> roles, boolean active);

    long count();
}

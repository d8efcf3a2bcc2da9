package rocket.adapters.http.security;

import org.springframework.security.crypto.bcrypt.BCrypt;
import rocket.application.auth.port.out.PasswordHasher;

/** bcrypt with cost 10, as the contract stores passwords. */
public final class BcryptPasswordHasher implements PasswordHasher {
    private static final int COST = 10;

    @Override
    public String hash(String rawPassword) {
        return BCrypt.hashpw(rawPassword, BCrypt.gensalt(COST));
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        try {
            return hash != null && BCrypt.checkpw(rawPassword, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}

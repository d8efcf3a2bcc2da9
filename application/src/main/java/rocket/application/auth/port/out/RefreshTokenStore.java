package rocket.application.auth.port.out;

import java.util.Optional;
import java.util.UUID;
import rocket.domain.auth.RefreshToken;

/** Issued refresh tokens of one realm; a token is single-use. */
public interface RefreshTokenStore {
    void save(RefreshToken token);

    Optional<RefreshToken> find(UUID token);

    /** Deletes the token; returns true when this call removed it (so two concurrent refreshes cannot both win). */
    boolean delete(UUID token);
}

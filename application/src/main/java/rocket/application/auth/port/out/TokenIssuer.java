package rocket.application.auth.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import rocket.domain.auth.Principal;

/** Signs and verifies access tokens (HS256 JWTs with {@code sub}, {@code roles}, {@code iat}, {@code exp}). */
public interface TokenIssuer {
    String issue(Principal principal, String secret, Instant issuedAt, Duration lifetime);

    /** The token's principal when its signature matches the secret and it has not expired. */
    Optional<Principal> verify(String token, String secret);
}

package rocket.adapters.http.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import rocket.application.port.out.TokenIssuer;
import rocket.domain.auth.Principal;

/**
 * HS256 access tokens. Verification pins the algorithm to HMAC-SHA256, so a token whose header
 * says {@code none} or any other algorithm is rejected.
 */
public final class JwtTokenIssuer implements TokenIssuer {
    private static final String ROLES = "roles";

    @Override
    public String issue(Principal principal, String secret, Instant issuedAt, Duration lifetime) {
        return JWT.create()
                .withSubject(principal.userId())
                .withClaim(ROLES, principal.roles())
                .withIssuedAt(issuedAt)
                .withExpiresAt(issuedAt.plus(lifetime))
                .sign(Algorithm.HMAC256(secret));
    }

    @Override
    public Optional<Principal> verify(String token, String secret) {
        try {
            DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret)).withClaimPresence("exp").build().verify(token);
            if (jwt.getSubject() == null) {
                return Optional.empty();
            }
            List<String> roles = jwt.getClaim(ROLES).isNull() || jwt.getClaim(ROLES).isMissing()
                    ? List.of() : jwt.getClaim(ROLES).asList(String.class);
            return Optional.of(new Principal(jwt.getSubject(), roles == null ? List.of() : roles));
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

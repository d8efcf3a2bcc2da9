package rocket.adapters.http.security;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.auth0.jwt.interfaces.JWTVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.domain.auth.Principal;

/**
 * HS256 access tokens. Verification pins the algorithm to HMAC-SHA256, so a token whose header
 * says {@code none} or any other algorithm is rejected. A verified token is remembered until it expires
 * ({@link VerifiedTokens}). An issued-at up to {@link #CLOCK_SKEW_SECONDS} ahead of this server's clock is accepted:
 * another instance (or this machine before an NTP step) may run that far ahead, and its fresh token is not forged.
 */
public final class JwtTokenIssuer implements TokenIssuer {
    private static final String ROLES = "roles";
    private static final int MAX_CACHED_SECRETS = 1024;
    static final long CLOCK_SKEW_SECONDS = 60;
    /** Verifiers are immutable and thread-safe; building one per request would redo the HMAC key setup. */
    private final Map<String, JWTVerifier> verifiers = new ConcurrentHashMap<>();
    private final VerifiedTokens verified = new VerifiedTokens();
    private final Clock clock;

    public JwtTokenIssuer() {
        this(Clock.systemUTC());
    }

    /** Tokens expire by {@code clock}. */
    public JwtTokenIssuer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String issue(Principal principal, String secret, Instant issuedAt, Duration lifetime) {
        return JWT.create()
                .withSubject(principal.userId())
                .withClaim(ROLES, principal.roles())
                .withIssuedAt(issuedAt)
                .withExpiresAt(issuedAt.plus(lifetime))
                .sign(Algorithm.HMAC256(secret));
    }

    private JWTVerifier verifier(String secret) {
        JWTVerifier cached = verifiers.get(secret);
        if (cached != null) {
            return cached;
        }
        if (verifiers.size() >= MAX_CACHED_SECRETS) {
            verifiers.clear(); // bounded: apps come and go, the cache simply refills
        }
        return verifiers.computeIfAbsent(secret,
                s -> ((com.auth0.jwt.JWTVerifier.BaseVerification) JWT.require(Algorithm.HMAC256(s))
                        .withClaimPresence("exp").acceptIssuedAt(CLOCK_SKEW_SECONDS))
                        .build(clock));
    }

    @Override
    public Optional<Principal> verify(String token, String secret) {
        Instant now = clock.instant();
        Optional<Principal> known = verified.find(token, secret, now);
        if (known.isPresent()) {
            return known;
        }
        try {
            DecodedJWT jwt = verifier(secret).verify(token);
            if (jwt.getSubject() == null) {
                return Optional.empty();
            }
            List<String> roles = jwt.getClaim(ROLES).isNull() || jwt.getClaim(ROLES).isMissing()
                    ? List.of() : jwt.getClaim(ROLES).asList(String.class);
            Principal principal = new Principal(jwt.getSubject(), roles == null ? List.of() : roles);
            verified.remember(token, secret, principal, jwt.getExpiresAtAsInstant());
            return Optional.of(principal);
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

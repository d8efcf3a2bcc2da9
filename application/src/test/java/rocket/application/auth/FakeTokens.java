package rocket.application.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.TokenIssuer;
import rocket.domain.auth.Principal;

/** Access tokens as opaque ids remembered with their secret (no expiry: these tests use refresh tokens for that). */
final class FakeTokens implements TokenIssuer {
    private record Issued(Principal principal, String secret) {
    }

    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    @Override
    public String issue(Principal principal, String secret, Instant issuedAt, Duration lifetime) {
        String token = UUID.randomUUID().toString();
        issued.put(token, new Issued(principal, secret));
        return token;
    }

    @Override
    public Optional<Principal> verify(String token, String secret) {
        return Optional.ofNullable(issued.get(token)).filter(i -> i.secret().equals(secret)).map(Issued::principal);
    }

    /** A reversible "hash": enough to tell a right password from a wrong one. */
    static PasswordHasher hasher() {
        return new PasswordHasher() {
            @Override
            public String hash(String rawPassword) {
                return "hashed:" + rawPassword;
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return hash.equals(hash(rawPassword));
            }
        };
    }
}

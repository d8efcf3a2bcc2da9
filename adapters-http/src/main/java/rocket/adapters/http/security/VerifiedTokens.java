package rocket.adapters.http.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import rocket.domain.auth.Principal;

/**
 * Tokens already verified, each remembered until it expires: a client sends the same token with every request, and
 * checking its signature again (HMAC, Base64, two JSON documents) was a tenth of a simple request's CPU. An entry
 * answers only for the secret that verified it, so a token is never accepted under another app's secret. Bounded:
 * when full it is emptied and refills with the tokens still in use.
 */
final class VerifiedTokens {
    private static final int MAX_TOKENS = 20_000;
    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();

    private record Verified(String secret, Principal principal, Instant expiresAt) {
    }

    /** The principal of a token verified under {@code secret} that has not expired at {@code now}. */
    Optional<Principal> find(String token, String secret, Instant now) {
        Verified verified = byToken.get(token);
        if (verified == null || !verified.secret().equals(secret)) {
            return Optional.empty();
        }
        if (!now.isBefore(verified.expiresAt())) {
            byToken.remove(token, verified);
            return Optional.empty();
        }
        return Optional.of(verified.principal());
    }

    void remember(String token, String secret, Principal principal, Instant expiresAt) {
        if (byToken.size() >= MAX_TOKENS) {
            byToken.clear();
        }
        byToken.put(token, new Verified(secret, principal, expiresAt));
    }
}

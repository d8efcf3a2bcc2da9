package rocket.application.auth;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.domain.auth.RefreshToken;

/** One realm's refresh tokens in memory, each deletable once (held to {@code RefreshTokenStoreContract}). */
final class InMemoryRefreshTokenStore implements RefreshTokenStore {
    private final Map<UUID, RefreshToken> tokens = new ConcurrentHashMap<>();

    @Override
    public void save(RefreshToken token) {
        tokens.put(token.token(), token);
    }

    @Override
    public Optional<RefreshToken> find(UUID token) {
        return Optional.ofNullable(tokens.get(token));
    }

    @Override
    public boolean delete(UUID token) {
        return tokens.remove(token) != null;
    }

    /** How many tokens are held (issued and neither used nor revoked). */
    int size() {
        return tokens.size();
    }
}

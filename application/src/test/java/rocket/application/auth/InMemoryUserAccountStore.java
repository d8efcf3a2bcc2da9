package rocket.application.auth;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.auth.UserAccount;

/** One realm's users in memory, unique by email (held to {@code UserAccountStoreContract}). */
final class InMemoryUserAccountStore implements UserAccountStore {
    private final Map<UUID, UserAccount> byId = new ConcurrentHashMap<>();

    @Override
    public List<UserAccount> list() {
        return byId.values().stream().sorted(Comparator.comparing(UserAccount::email)).toList();
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return byId.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public Optional<UserAccount> findById(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<UserAccount> create(String email, String passwordHash, List<String> roles,
                                                     boolean active) {
        if (findByEmail(email).isPresent()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        UserAccount user = new UserAccount(UUID.randomUUID(), email, passwordHash, roles, active, now, now);
        byId.put(user.id(), user);
        return Optional.of(user);
    }

    @Override
    public synchronized Optional<UserAccount> update(UUID id, String email, String passwordHash, List<String> roles,
                                                     boolean active) {
        return findById(id).map(current -> {
            String hash = passwordHash == null ? current.passwordHash() : passwordHash;
            UserAccount updated = new UserAccount(id, email, hash, roles, active, current.createdAt(), Instant.now());
            byId.put(id, updated);
            return updated;
        });
    }

    @Override
    public boolean delete(UUID id) {
        return byId.remove(id) != null;
    }

    @Override
    public long count() {
        return byId.size();
    }
}

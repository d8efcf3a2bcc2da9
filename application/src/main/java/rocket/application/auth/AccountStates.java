package rocket.application.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.auth.Principal;
import rocket.domain.auth.UserAccount;
import rocket.domain.ids.Ids;

/**
 * Whether the account behind an access token still stands as it did when the token was issued: it exists, is active
 * and holds the same roles. A disabled, deleted or demoted user's token thus stops working at once on this instance
 * (its admin API forgets the account when it changes it) and within {@link #TTL} on the others, instead of living
 * out its 15 minutes. One lookup per account per {@code TTL}, not per request.
 */
public final class AccountStates {
    public static final Duration TTL = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 100_000;
    /** The platform's users; apps are keyed by their (validated, so NUL-free) names. */
    static final String PLATFORM = "";

    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    private record Seen(Optional<UserAccount> account, Instant until) {
    }

    public AccountStates(Clock clock) {
        this.clock = clock;
    }

    boolean stands(String realm, UserAccountStore users, Principal principal) {
        Optional<UUID> id = Ids.parse(principal.userId());
        if (id.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        String key = key(realm, id.get());
        Seen entry = seen.get(key);
        if (entry == null || !entry.until().isAfter(now)) {
            if (seen.size() >= MAX_ENTRIES) {
                seen.clear(); // bounded; the cost is one lookup per account afterwards
            }
            entry = new Seen(users.findById(id.get()), now.plus(TTL));
            seen.put(key, entry);
        }
        return entry.account().filter(UserAccount::active)
                .filter(account -> new HashSet<>(account.roles()).equals(new HashSet<>(principal.roles()))).isPresent();
    }

    /** The account changed here: the next request looks it up again. */
    void forget(String realm, UUID id) {
        seen.remove(key(realm, id));
    }

    private static String key(String realm, UUID id) {
        return realm + '\u0000' + id;
    }
}

package rocket.adapters.http.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Slows down password guessing: every login, refresh and invite acceptance spends a token of its client address
 * (refilled each minute), and every failed login a token of its account (refilled one per minute). An empty bucket
 * is {@code 429 RATE_LIMITED} with {@code Retry-After}. Buckets live in memory, per server, in bounded maps.
 */
public final class LoginThrottle {
    private static final int MAX_TRACKED = 100_000;
    private final Buckets addresses;
    private final Buckets accounts;

    /** Limits as configured: attempts per address per minute, failed logins per account before a lockout. */
    public LoginThrottle(int attemptsPerAddressPerMinute, int failuresPerAccount) {
        this.addresses = new Buckets(() -> Bucket.builder().addLimit(limit -> limit.capacity(attemptsPerAddressPerMinute)
                .refillGreedy(attemptsPerAddressPerMinute, Duration.ofMinutes(1))).build());
        this.accounts = new Buckets(() -> Bucket.builder().addLimit(limit -> limit.capacity(failuresPerAccount)
                .refillGreedy(1, Duration.ofMinutes(1))).build());
    }

    /** Spends one attempt of the client address, or refuses when it has none left. */
    public void admitAddress(String address) {
        ConsumptionProbe probe = addresses.get(address).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw limited("Too many attempts from this address", probe.getNanosToWaitForRefill());
        }
    }

    /** Refuses a login to an account that used up its failed attempts (whatever the password this time). */
    public void admitAccount(String realm, String email) {
        EstimationProbe estimate = accounts.get(accountKey(realm, email)).estimateAbilityToConsume(1);
        if (!estimate.canBeConsumed()) {
            throw limited("Too many failed logins for this account", estimate.getNanosToWaitForRefill());
        }
    }

    /** Counts a failed login against the account. */
    public void failed(String realm, String email) {
        accounts.get(accountKey(realm, email)).tryConsume(1);
    }

    private static String accountKey(String realm, String email) {
        return realm + "\u0000" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private static RocketException limited(String message, long nanosToWait) {
        long seconds = (TimeUnit.NANOSECONDS.toMillis(nanosToWait) + 999) / 1000;
        return RocketException.retryLater(ErrorCode.RATE_LIMITED, message + "; try again in " + Math.max(1, seconds)
                + " s", seconds);
    }

    /** A bounded map of buckets: the least recently used key is forgotten first (it starts over full). */
    private static final class Buckets {
        private final Supplier<Bucket> factory;
        private final Map<String, Bucket> byKey = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_TRACKED;
            }
        };

        Buckets(Supplier<Bucket> factory) {
            this.factory = factory;
        }

        synchronized Bucket get(String key) {
            return byKey.computeIfAbsent(key, k -> factory.get());
        }
    }
}

package rocket.application.events;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for spans and events (UUIDs in the version-4 layout). They must be unique, not unguessable: a random prefix
 * drawn once per process (different on every instance and restart) and a counter (unique within the process) make
 * them so without {@link UUID#randomUUID()}'s SecureRandom call per id, which showed in request profiles.
 */
final class SpanIds {
    private static final SecureRandom SEED = new SecureRandom();
    private static final long PREFIX = (SEED.nextLong() & ~0xF000L) | 0x4000L; // version bits: 4
    private static final AtomicLong SEQUENCE = new AtomicLong(SEED.nextLong());

    private SpanIds() {
    }

    static UUID next() {
        long low = (SEQUENCE.getAndIncrement() & ~0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L; // IETF variant
        return new UUID(PREFIX, low);
    }
}

package rocket.adapters.persistence.replica;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rocket.adapters.persistence.sql.PostgresSettings;
import rocket.application.records.port.out.RecordChangeListener;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * The read replica of the primary server: which commits this instance knows of (per app database, as WAL positions),
 * what the replica has replayed, whether it failed lately, and the meters of all that. One per server; each app
 * database reads through a {@link RoutedRecordStore} that asks it where to go.
 */
public final class Replica {
    private static final Logger LOG = LoggerFactory.getLogger(Replica.class);
    /** How often a replica that is behind is looked at again, at most. */
    static final Duration REFRESH = Duration.ofMillis(5);
    /** How long a replica that failed is left alone. */
    static final Duration BACK_OFF = Duration.ofSeconds(2);
    private static final long UNKNOWN = Long.MAX_VALUE;

    private final PostgresSettings settings;
    private final MeterRegistry metrics;
    /** Newest commit position known per app database; {@link #UNKNOWN} after a commit whose position was not read. */
    private final Map<String, Long> known = new ConcurrentHashMap<>();
    /** Newest position known for every database (start, other instances' changes). */
    private final AtomicLong floor = new AtomicLong();
    private final AtomicLong replayReadAt = new AtomicLong();
    private volatile long replayed = -1;
    private volatile Duration replayLag = Duration.ZERO;
    private volatile long downUntil;
    private final Map<ReplicaRoute, Counter> reads = new EnumMap<>(ReplicaRoute.class);

    /** {@code primary}: any connection to the primary server, read once for where its WAL stands now. */
    public Replica(PostgresSettings settings, DSLContext primary, MeterRegistry metrics) {
        this.settings = settings;
        this.metrics = metrics;
        long now = System.nanoTime();
        this.downUntil = now;
        this.replayReadAt.set(now - REFRESH.toNanos());
        this.floor.set(WalPositions.inserted(primary)); // data older than this start must not be read from the replica
        for (ReplicaRoute route : new ReplicaRoute[] {ReplicaRoute.REPLICA, ReplicaRoute.BEHIND, ReplicaRoute.DOWN}) {
            reads.put(route, Counter.builder("rocket.replica.reads").tag("route", route.label())
                    .description("record reads outside a transaction, by where they ran").register(metrics));
        }
        Gauge.builder("rocket.replica.lag.bytes", this, Replica::lagBytes)
                .description("WAL bytes the replica has not replayed of the newest commit this instance knows")
                .register(metrics);
        Gauge.builder("rocket.replica.lag.seconds", this, r -> r.lagBytes() == 0 ? 0 : r.replayLag.toMillis() / 1000.0)
                .description("age of the replica's last replayed commit while it is behind").register(metrics);
    }

    PostgresSettings settings() {
        return settings;
    }

    MeterRegistry metrics() {
        return metrics;
    }

    /**
     * {@code changes} of {@code database}, told the commit's WAL position first (read on {@code primary} once the
     * transaction has ended), so a read keyed by the versions the change moves never runs on a replica without it.
     */
    public RecordChangeListener tracking(String database, DSLContext primary, RecordChangeListener changes) {
        return entities -> {
            long position;
            try {
                position = WalPositions.inserted(primary);
            } catch (RuntimeException e) {
                position = UNKNOWN; // the primary until a later commit's position is read
            }
            known.merge(database, position, Replica::newer);
            changes.committed(entities);
        };
    }

    /** The primary's WAL insert position now, read on {@code primary} (past every commit made before this call). */
    public static long walInserted(DSLContext primary) {
        return WalPositions.inserted(primary);
    }

    /** Every database has changes at least up to {@code position} (another instance committed before it). */
    public void advanceAll(long position) {
        floor.accumulateAndGet(position, Replica::newer);
    }

    /** Changes of other instances whose position could not be read: the primary until one is. */
    public void unknownAll() {
        floor.set(UNKNOWN);
    }

    /** Where a read of {@code database} outside a transaction goes; {@code probe} reads the replay position. */
    ReplicaRoute route(String database, Supplier<WalPositions.Replay> probe) {
        long required = Math.max(floor.get(), known.getOrDefault(database, 0L));
        long now = System.nanoTime();
        long readAt = replayReadAt.get();
        ReplicaRoute route = ReplicaRoute.decide(now, downUntil, required, replayed, readAt, REFRESH.toNanos());
        if (route != ReplicaRoute.PROBE) {
            return route;
        }
        if (!replayReadAt.compareAndSet(readAt, now)) {
            return ReplicaRoute.BEHIND; // another read is looking right now
        }
        try {
            WalPositions.Replay replay = probe.get();
            replayLag = replay.lag();
            replayed = replay.position();
        } catch (RuntimeException e) {
            markDown(e);
            return ReplicaRoute.DOWN;
        }
        return ReplicaRoute.decide(now, downUntil, required, replayed, now, REFRESH.toNanos());
    }

    void served(ReplicaRoute route) {
        reads.get(route).increment();
    }

    /**
     * A read the replica could not serve, and where it was counted. Unavailability (no connection, a broken one, a
     * cancelled statement, a server that is no standby) leaves the replica alone for {@link #BACK_OFF}; any other
     * error (say a table of a schema change it has not replayed yet) only sends this read to the primary.
     */
    ReplicaRoute failed(RuntimeException e) {
        boolean unavailable = e instanceof RocketException rocket && rocket.code() == ErrorCode.SERVICE_UNAVAILABLE;
        if (!unavailable) {
            return ReplicaRoute.BEHIND;
        }
        markDown(e);
        return ReplicaRoute.DOWN;
    }

    private void markDown(RuntimeException e) {
        if (System.nanoTime() - downUntil >= 0) {
            LOG.warn("Read replica {}:{} failed ({}); reads go to the primary for {} s", settings.host(),
                    settings.port(), e.getMessage(), BACK_OFF.toSeconds());
        }
        downUntil = System.nanoTime() + BACK_OFF.toNanos();
    }

    private long lagBytes() {
        long newest = floor.get() == UNKNOWN ? 0 : floor.get();
        for (long position : known.values()) {
            newest = position == UNKNOWN ? newest : Math.max(newest, position);
        }
        return replayed < 0 ? 0 : Math.max(0, newest - replayed);
    }

    /** An unknown position is replaced by the next one read (read later, it is past that commit too). */
    private static long newer(long old, long position) {
        return old == UNKNOWN || position == UNKNOWN ? position : Math.max(old, position);
    }
}

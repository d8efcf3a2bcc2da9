package rocket.adapters.persistence.replica;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * WAL positions as byte offsets ({@code pg_wal_lsn_diff(lsn, '0/0')}): a primary's insert position and a standby's
 * replay position are comparable numbers, whatever database of the server the connection is on.
 */
final class WalPositions {
    private WalPositions() {
    }

    /** What a standby has replayed and how long ago its last replayed commit was made (zero when unknown). */
    record Replay(long position, Duration lag) {
    }

    /**
     * The primary's WAL insert position: read after a commit it is past that commit's record, even with
     * {@code synchronous_commit = off} (the write position may not be yet).
     */
    static long inserted(DSLContext primary) {
        return primary.select(offset(lsn("pg_current_wal_insert_lsn"))).fetchSingle().value1().longValue();
    }

    /** A standby's replay position; a server that is not a standby is refused (it replays nothing). */
    static Replay replayed(DSLContext replica) {
        Field<OffsetDateTime> lastCommit = DSL.function(DSL.name("pg_last_xact_replay_timestamp"),
                OffsetDateTime.class);
        Record3<BigDecimal, OffsetDateTime, OffsetDateTime> row = replica
                .select(offset(lsn("pg_last_wal_replay_lsn")), lastCommit, DSL.currentOffsetDateTime()).fetchSingle();
        if (row.value1() == null) {
            throw new IllegalStateException("the replica server is not a standby (pg_last_wal_replay_lsn() is null)");
        }
        Duration lag = row.value2() == null ? Duration.ZERO : Duration.between(row.value2(), row.value3());
        return new Replay(row.value1().longValue(), lag.isNegative() ? Duration.ZERO : lag);
    }

    private static Field<Object> lsn(String function) {
        return DSL.function(DSL.name(function), Object.class);
    }

    private static Field<BigDecimal> offset(Field<Object> lsn) {
        return DSL.function(DSL.name("pg_wal_lsn_diff"), BigDecimal.class, lsn, DSL.inline("0/0"));
    }
}

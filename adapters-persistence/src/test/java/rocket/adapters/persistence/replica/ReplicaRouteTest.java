package rocket.adapters.persistence.replica;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplicaRouteTest {
    private static final long REFRESH = 5_000_000; // 5 ms in nanos
    private static final long NOW = 1_000_000_000;
    private static final long UP = NOW - 1; // the back-off ended a moment ago
    private static final long JUST_READ = NOW - 1_000;
    private static final long READ_LONG_AGO = NOW - REFRESH;

    @Test
    void aReplicaThatReplayedTheNewestKnownCommitServesTheRead() {
        assertThat(ReplicaRoute.decide(NOW, UP, 100, 100, JUST_READ, REFRESH)).isEqualTo(ReplicaRoute.REPLICA);
        assertThat(ReplicaRoute.decide(NOW, UP, 100, 250, READ_LONG_AGO, REFRESH)).isEqualTo(ReplicaRoute.REPLICA);
    }

    @Test
    void aReplicaBehindTheNewestKnownCommitIsLookedAtAgainOnlyAfterTheRefreshInterval() {
        assertThat(ReplicaRoute.decide(NOW, UP, 101, 100, JUST_READ, REFRESH)).isEqualTo(ReplicaRoute.BEHIND);
        assertThat(ReplicaRoute.decide(NOW, UP, 101, 100, READ_LONG_AGO, REFRESH)).isEqualTo(ReplicaRoute.PROBE);
    }

    @Test
    void aReplicaNeverLookedAtIsProbedBeforeItServes() {
        assertThat(ReplicaRoute.decide(NOW, UP, 0, -1, READ_LONG_AGO, REFRESH)).isEqualTo(ReplicaRoute.PROBE);
    }

    @Test
    void anUnknownCommitPositionNeverReadsFromTheReplica() {
        assertThat(ReplicaRoute.decide(NOW, UP, Long.MAX_VALUE, Long.MAX_VALUE - 1, JUST_READ, REFRESH))
                .isEqualTo(ReplicaRoute.BEHIND);
    }

    @Test
    void aReplicaInItsBackOffIsNotAskedEvenWhenItLooksCaughtUp() {
        assertThat(ReplicaRoute.decide(NOW, NOW + 1, 100, 500, JUST_READ, REFRESH)).isEqualTo(ReplicaRoute.DOWN);
        assertThat(ReplicaRoute.decide(NOW, NOW, 100, 500, JUST_READ, REFRESH)).isEqualTo(ReplicaRoute.REPLICA);
    }

    @Test
    void nanoTimeWrappingAroundDoesNotChangeTheDecision() {
        long now = Long.MIN_VALUE + 10;
        long downUntil = Long.MAX_VALUE - 10; // set 21 ns before the wrap: its back-off is over
        assertThat(ReplicaRoute.decide(now, downUntil, 100, 100, now, REFRESH)).isEqualTo(ReplicaRoute.REPLICA);
    }
}

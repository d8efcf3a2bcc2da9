package rocket.application.records.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import rocket.application.records.port.out.LoggedChange;
import rocket.application.records.port.out.RecordChange;

/** A stream takes the changes that follow its position without a gap, and skips a gap only once it waited it out. */
class LogGapsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(2);
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final LogGaps gaps = new LogGaps(PATIENCE, new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private static List<LoggedChange> numbered(long... seqs) {
        return Arrays.stream(seqs).mapToObj(seq -> new LoggedChange(seq,
                new RecordChange("ticket", String.valueOf(seq), RecordChange.Op.CREATED))).toList();
    }

    private static List<Long> seqs(List<LoggedChange> changes) {
        return changes.stream().map(LoggedChange::seq).toList();
    }

    @Test
    void contiguousChangesAreTakenAtOnce() {
        assertThat(seqs(gaps.ready(4, numbered(5, 6, 7)))).containsExactly(5L, 6L, 7L);
    }

    @Test
    void changesAfterAGapWaitUntilItIsFilledOrWaitedOut() {
        assertThat(seqs(gaps.ready(4, numbered(5, 7, 8)))).as("6 may still commit").containsExactly(5L);

        now = now.plus(PATIENCE.minusMillis(1));
        assertThat(seqs(gaps.ready(5, numbered(7, 8)))).isEmpty();
        assertThat(seqs(gaps.ready(5, numbered(6, 7, 8)))).as("6 committed").containsExactly(6L, 7L, 8L);
    }

    @Test
    void aGapWaitedOutIsSkippedAsARolledBackWrite() {
        assertThat(gaps.ready(4, numbered(6))).isEmpty();

        now = now.plus(PATIENCE);

        assertThat(seqs(gaps.ready(4, numbered(6, 7)))).containsExactly(6L, 7L);
    }
}

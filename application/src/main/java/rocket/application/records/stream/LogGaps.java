package rocket.application.records.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import rocket.application.records.port.out.LoggedChange;

/**
 * Keeps a stream in commit order although log numbers are taken before commit: a missing number may be a write
 * still committing, which a reader that moved past it would never send. So a reader takes only the changes that
 * follow its position without a gap; a gap it has waited {@code patience} for is taken as a rolled-back write (its
 * number is never used) and skipped.
 */
final class LogGaps {
    private final Duration patience;
    private final Clock clock;
    private long missing = -1;
    private Instant since;

    LogGaps(Duration patience, Clock clock) {
        this.patience = patience;
        this.clock = clock;
    }

    /** The changes of {@code batch} (numbered above {@code position}, in order) that may be sent now. */
    List<LoggedChange> ready(long position, List<LoggedChange> batch) {
        long expected = position + 1;
        int ready = 0;
        for (LoggedChange change : batch) {
            if (change.seq() != expected && !waitedOut(expected)) {
                break;
            }
            expected = change.seq() + 1;
            ready++;
        }
        return batch.subList(0, ready);
    }

    private boolean waitedOut(long number) {
        if (number != missing) {
            missing = number;
            since = clock.instant();
            return false;
        }
        return !clock.instant().isBefore(since.plus(patience));
    }
}

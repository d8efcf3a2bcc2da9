package rocket.application.records.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.LoggedChange;
import rocket.application.records.port.out.RecordChange;
import rocket.application.records.port.out.RecordChange.Op;

/**
 * What every {@link ChangeLog} must do: appended changes come back in order with increasing numbers, read from any
 * number on and in bounded batches; a rolled-back append leaves nothing; retention deletes older changes but the
 * newest.
 */
public abstract class ChangeLogContract {
    /** The change log and the transactions of the same, empty database. */
    public record Stores(ChangeLog changes, TransactionRunner transactions) {
    }

    private ChangeLog log;
    private TransactionRunner transactions;

    protected abstract Stores emptyDatabase();

    @BeforeEach
    void emptyLog() {
        Stores stores = emptyDatabase();
        log = stores.changes();
        transactions = stores.transactions();
    }

    private void append(RecordChange... changes) {
        transactions.inTransaction(() -> {
            log.append(List.of(changes));
            return null;
        });
    }

    @Test
    void anEmptyLogHasNothingAfterZero() {
        assertThat(log.latest()).isZero();
        assertThat(log.oldest()).isZero();
        assertThat(log.after(0, 10)).isEmpty();
    }

    @Test
    void appendedChangesComeBackInOrderWithIncreasingNumbers() {
        RecordChange created = new RecordChange("ticket", "1", Op.CREATED);
        RecordChange updated = new RecordChange("ticket", "1", Op.UPDATED);
        RecordChange deleted = new RecordChange("note", "7", Op.DELETED);
        append(created, updated);
        append(deleted);

        List<LoggedChange> all = log.after(0, 10);

        assertThat(all).extracting(LoggedChange::change).containsExactly(created, updated, deleted);
        assertThat(all.get(0).seq()).isLessThan(all.get(1).seq());
        assertThat(all.get(1).seq()).isLessThan(all.get(2).seq());
        assertThat(log.latest()).isEqualTo(all.get(2).seq());
        assertThat(log.after(all.get(0).seq(), 10)).extracting(LoggedChange::change).containsExactly(updated, deleted);
        assertThat(log.after(0, 2)).extracting(LoggedChange::change).containsExactly(created, updated);
    }

    @Test
    void retentionDeletesOlderChangesButKeepsTheNewest() {
        append(new RecordChange("ticket", "1", Op.CREATED), new RecordChange("ticket", "2", Op.CREATED));
        long newest = log.latest();
        assertThat(log.deleteOlderThan(Instant.now().minus(1, ChronoUnit.HOURS))).as("nothing that old").isZero();

        assertThat(log.deleteOlderThan(Instant.now().plus(1, ChronoUnit.HOURS))).isEqualTo(1);

        assertThat(log.after(0, 10)).extracting(LoggedChange::seq).containsExactly(newest);
        assertThat(log.oldest()).isEqualTo(newest);
        assertThat(log.latest()).isEqualTo(newest);
        append(new RecordChange("ticket", "3", Op.CREATED));
        assertThat(log.latest()).isGreaterThan(newest);
        assertThat(log.oldest()).isEqualTo(newest);
    }

    @Test
    void aRolledBackAppendLeavesNothing() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            log.append(List.of(new RecordChange("ticket", "1", Op.CREATED)));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(log.after(0, 10)).isEmpty();
    }
}

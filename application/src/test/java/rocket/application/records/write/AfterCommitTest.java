package rocket.application.records.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;

class AfterCommitTest {
    private final List<String> log = new ArrayList<>();

    /** Logs each commit; a nested call joins the outer transaction (a savepoint) as the jOOQ runner does. */
    private final TransactionRunner transactions = new TransactionRunner() {
        private int depth;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            depth++;
            try {
                T result = work.get();
                log.add(depth == 1 ? "commit" : "release savepoint");
                return result;
            } finally {
                depth--;
            }
        }
    };

    @Test
    void deferredWorkRunsOnceTheOutermostTransactionHasCommitted() {
        AfterCommit.transaction(transactions, () -> {
            AfterCommit.defer(() -> log.add("first effect"));
            AfterCommit.transaction(transactions, () -> {
                AfterCommit.defer(() -> log.add("nested effect"));
                return null;
            });
            log.add("end of work");
            return null;
        });
        assertThat(log).containsExactly("release savepoint", "end of work", "commit", "first effect", "nested effect");
    }

    @Test
    void aRolledBackTransactionOrSavepointDropsWhatItDeferred() {
        AfterCommit.transaction(transactions, () -> {
            AfterCommit.defer(() -> log.add("kept"));
            assertThatThrownBy(() -> AfterCommit.transaction(transactions, () -> {
                AfterCommit.defer(() -> log.add("dropped with the savepoint"));
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            return null;
        });
        assertThatThrownBy(() -> AfterCommit.transaction(transactions, () -> {
            AfterCommit.defer(() -> log.add("dropped with the transaction"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(log).containsExactly("commit", "kept");
    }

    @Test
    void aFailingEffectNeitherStopsTheOthersNorFailsTheCommittedWrite() {
        String result = AfterCommit.transaction(transactions, () -> {
            AfterCommit.defer(() -> {
                throw new IllegalStateException("webhook pool full");
            });
            AfterCommit.defer(() -> log.add("second effect"));
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(log).containsExactly("commit", "second effect");
    }

    @Test
    void outsideATransactionNothingIsPendingSoWorkRunsAtOnce() {
        AfterCommit.defer(() -> log.add("now"));
        assertThat(log).containsExactly("now");
    }
}

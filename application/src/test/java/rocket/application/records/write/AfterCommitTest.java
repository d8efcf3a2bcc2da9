package rocket.application.records.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.records.port.out.ChangeLog;
import rocket.application.records.port.out.LoggedChange;
import rocket.application.records.port.out.RecordChange;
import rocket.application.records.port.out.RecordChange.Op;

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

    /** A change log that says what each append held. */
    private ChangeLog changeLog(String name) {
        return new ChangeLog() {
            @Override
            public void append(List<RecordChange> changes) {
                log.add(name + " append " + changes.stream().map(RecordChange::key).toList());
            }

            @Override
            public List<LoggedChange> after(long after, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long latest() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long oldest() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int deleteOlderThan(java.time.Instant cutoff) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static List<RecordChange> created(String... keys) {
        return java.util.Arrays.stream(keys).map(key -> new RecordChange("post", key, Op.CREATED)).toList();
    }

    @Test
    void theChangesOfATransactionAreAppendedTogetherJustBeforeItCommits() {
        ChangeLog blog = changeLog("blog");
        ChangeLog shop = changeLog("shop");
        AfterCommit.transaction(transactions, () -> {
            AfterCommit.log(blog, created("1"));
            AfterCommit.defer(() -> log.add("effect"));
            AfterCommit.transaction(transactions, () -> {
                AfterCommit.log(blog, created("2", "3"));
                AfterCommit.log(shop, created("9"));
                return null;
            });
            assertThatThrownBy(() -> AfterCommit.transaction(transactions, () -> {
                AfterCommit.log(blog, created("rolled back"));
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            AfterCommit.log(blog, created("4"));
            log.add("end of work");
            return null;
        });
        assertThat(log).containsExactly("release savepoint", "end of work", "blog append [1, 2, 3, 4]",
                "shop append [9]", "commit", "effect");

        log.clear();
        assertThatThrownBy(() -> AfterCommit.transaction(transactions, () -> {
            AfterCommit.log(blog, created("5"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        AfterCommit.log(blog, created("6"));
        assertThat(log).as("nothing of a rolled-back transaction; outside one at once").containsExactly(
                "blog append [6]");
    }

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

package rocket.application.apps.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * What every {@link TransactionRunner} must do: every store call of the same database made on the thread inside the
 * work joins one transaction, committed when the work returns and rolled back whole when it throws.
 */
public abstract class TransactionRunnerContract {
    /** A runner and two of the stores over the same, empty database. */
    public record Stores(TransactionRunner transactions, UserAccountStore users, InviteStore invites) {
    }

    protected Stores stores;

    protected abstract Stores emptyDatabase();

    @BeforeEach
    void empty() {
        stores = emptyDatabase();
    }

    private void writeToBothStores(String email) {
        stores.users().create(email, "h", List.of(), true).orElseThrow();
        stores.invites().insert(email, List.of(), "token-" + email, Instant.now().plusSeconds(60), null);
    }

    @Test
    void workThatReturnsCommitsEveryWriteAndPassesItsValueOn() {
        String value = stores.transactions().inTransaction(() -> {
            writeToBothStores("kept@example.com");
            return "done";
        });

        assertThat(value).isEqualTo("done");
        assertThat(stores.users().findByEmail("kept@example.com")).isPresent();
        assertThat(stores.invites().findByEmail("kept@example.com")).hasSize(1);
    }

    @Test
    void workThatThrowsRollsBackEveryStoreAndTheExceptionPassesUnchanged() {
        RocketException refusal = RocketException.of(ErrorCode.CONFLICT, "refused");

        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            writeToBothStores("gone@example.com");
            throw refusal;
        })).isSameAs(refusal);

        assertThat(stores.users().findByEmail("gone@example.com")).isEmpty();
        assertThat(stores.invites().findByEmail("gone@example.com")).isEmpty();
    }

    @Test
    void aNestedFailureCaughtInsideLeavesTheOuterWorkCommitted() {
        stores.transactions().inTransaction(() -> {
            writeToBothStores("outer@example.com");
            try {
                stores.transactions().inTransaction(() -> {
                    writeToBothStores("inner@example.com");
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // the outer work goes on
            }
            return null;
        });

        assertThat(stores.users().findByEmail("outer@example.com")).isPresent();
        assertThat(stores.users().findByEmail("inner@example.com")).isEmpty();
        assertThat(stores.invites().findByEmail("inner@example.com")).isEmpty();
    }
}

package rocket.application.auth.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.auth.UserAccount;

/** What every {@link UserAccountStore} must do: one realm's users, unique by email. */
public abstract class UserAccountStoreContract {
    protected UserAccountStore users;

    /** A store over an empty realm. */
    protected abstract UserAccountStore emptyRealm();

    @BeforeEach
    void emptyStore() {
        users = emptyRealm();
    }

    @Test
    void createdUsersReadBackByIdAndEmail() {
        UserAccount ada = users.create("ada@example.com", "hash-1", List.of("admin", "editor"), true).orElseThrow();

        assertThat(ada.id()).isNotNull();
        assertThat(ada.createdAt()).isNotNull();
        assertThat(users.findById(ada.id()).orElseThrow()).satisfies(u -> {
            assertThat(u.email()).isEqualTo("ada@example.com");
            assertThat(u.passwordHash()).isEqualTo("hash-1");
            assertThat(u.roles()).containsExactly("admin", "editor");
            assertThat(u.active()).isTrue();
        });
        assertThat(users.findByEmail("ada@example.com")).map(UserAccount::id).contains(ada.id());
        assertThat(users.findByEmail("nobody@example.com")).isEmpty();
        assertThat(users.findById(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aTakenEmailCreatesNothing() {
        users.create("taken@example.com", "h", List.of(), true).orElseThrow();

        assertThat(users.create("taken@example.com", "other", List.of(), false)).isEmpty();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void listIsOrderedByEmailAndCountMatches() {
        users.create("c@example.com", "h", List.of(), true);
        users.create("a@example.com", "h", List.of(), true);
        users.create("b@example.com", "h", List.of(), false);

        assertThat(users.list()).extracting(UserAccount::email)
                .containsExactly("a@example.com", "b@example.com", "c@example.com");
        assertThat(users.count()).isEqualTo(3);
    }

    @Test
    void updateRewritesTheUserAndANullHashKeepsTheStoredOne() {
        UUID id = users.create("old@example.com", "kept-hash", List.of("viewer"), true).orElseThrow().id();

        UserAccount updated = users.update(id, "new@example.com", null, List.of("editor"), false).orElseThrow();

        assertThat(updated.email()).isEqualTo("new@example.com");
        assertThat(updated.roles()).containsExactly("editor");
        assertThat(updated.active()).isFalse();
        assertThat(users.findById(id).orElseThrow().passwordHash()).isEqualTo("kept-hash");
        assertThat(users.update(id, "new@example.com", "fresh", List.of(), true).orElseThrow().passwordHash())
                .isEqualTo("fresh");
        assertThat(users.update(UUID.randomUUID(), "x@example.com", null, List.of(), true)).isEmpty();
    }

    @Test
    void deleteRemovesOnceAndOnlyThatUser() {
        UUID gone = users.create("gone@example.com", "h", List.of(), true).orElseThrow().id();
        users.create("kept@example.com", "h", List.of(), true);

        assertThat(users.delete(gone)).isTrue();
        assertThat(users.delete(gone)).isFalse();
        assertThat(users.findById(gone)).isEmpty();
        assertThat(users.list()).extracting(UserAccount::email).containsExactly("kept@example.com");
    }
}

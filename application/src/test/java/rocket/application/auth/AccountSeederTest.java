package rocket.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rocket.application.auth.port.out.CredentialsNotice;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.domain.auth.UserAccount;

class AccountSeederTest {
    /** Reversible "hash" so the test can see which password was stored. */
    private static final PasswordHasher HASHER = new PasswordHasher() {
        @Override
        public String hash(String raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(String raw, String hash) {
            return hash.equals("hash:" + raw);
        }
    };

    private final List<String> shown = new ArrayList<>();
    private final CredentialsNotice notice = (realm, email, password) -> shown.add(realm + "|" + email + "|" + password);

    @Test
    void developmentSeedsTheWellKnownPasswordAndShowsNothing() {
        Users users = new Users();
        new AccountSeeder(HASHER, true, notice).seedIfEmpty(users, "admin@localhost", List.of("admin"), "app shop");
        assertThat(users.hashes).containsExactly("hash:changeme");
        assertThat(shown).isEmpty();
    }

    @Test
    void otherwiseAStrongGeneratedPasswordIsStoredHashedAndShownOnce() {
        Users first = new Users();
        Users second = new Users();
        AccountSeeder seeder = new AccountSeeder(HASHER, false, notice);
        seeder.seedIfEmpty(first, "admin@localhost", List.of("admin"), "app shop");
        seeder.seedIfEmpty(second, "admin@localhost", List.of("admin"), "app blog");
        assertThat(shown).hasSize(2);
        String password = shown.get(0).split("\\|")[2];
        assertThat(password).hasSize(20).matches("[A-Za-z2-9]+").isNotEqualTo("changeme");
        assertThat(shown.get(1).split("\\|")[2]).isNotEqualTo(password);
        assertThat(first.hashes).containsExactly("hash:" + password);
        seeder.seedIfEmpty(first, "admin@localhost", List.of("admin"), "app shop");
        assertThat(shown).as("a realm with users is never seeded again").hasSize(2);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverShown() {
        Users users = new Users();
        new AccountSeeder(HASHER, false, notice).seedIfEmpty(users, "platform@localhost", List.of("platform_admin"),
                "platform", "operator-chosen-password");
        assertThat(users.hashes).containsExactly("hash:operator-chosen-password");
        assertThat(shown).isEmpty();
    }

    private static final class Users implements UserAccountStore {
        final List<String> hashes = new ArrayList<>();

        @Override
        public List<UserAccount> list() {
            return List.of();
        }

        @Override
        public Optional<UserAccount> findByEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<UserAccount> findById(UUID id) {
            return Optional.empty();
        }

        @Override
        public Optional<UserAccount> create(String email, String passwordHash, List<String> roles, boolean active) {
            hashes.add(passwordHash);
            return Optional.of(new UserAccount(UUID.randomUUID(), email, passwordHash, roles, active, null, null));
        }

        @Override
        public Optional<UserAccount> update(UUID id, String email, String hash, List<String> roles, boolean active) {
            return Optional.empty();
        }

        @Override
        public boolean delete(UUID id) {
            return false;
        }

        @Override
        public long count() {
            return hashes.size();
        }
    }
}

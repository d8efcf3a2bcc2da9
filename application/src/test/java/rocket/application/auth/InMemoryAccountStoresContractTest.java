package rocket.application.auth;

import org.junit.jupiter.api.Nested;
import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.auth.port.out.contract.InviteStoreContract;
import rocket.application.auth.port.out.contract.RefreshTokenStoreContract;
import rocket.application.auth.port.out.contract.UserAccountStoreContract;

/** The in-memory account stores the service tests use meet the contracts the jOOQ stores meet. */
class InMemoryAccountStoresContractTest {
    @Nested
    class Users extends UserAccountStoreContract {
        @Override
        protected UserAccountStore emptyRealm() {
            return new InMemoryUserAccountStore();
        }
    }

    @Nested
    class Invites extends InviteStoreContract {
        @Override
        protected InviteStore emptyInvites() {
            return new InMemoryInviteStore();
        }
    }

    @Nested
    class RefreshTokens extends RefreshTokenStoreContract {
        @Override
        protected UserAccountStore emptyUsers() {
            return new InMemoryUserAccountStore();
        }

        @Override
        protected RefreshTokenStore emptyTokens() {
            return new InMemoryRefreshTokenStore();
        }
    }
}

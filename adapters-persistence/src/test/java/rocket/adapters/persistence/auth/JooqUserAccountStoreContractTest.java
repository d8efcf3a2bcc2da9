package rocket.adapters.persistence.auth;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.auth.port.out.UserAccountStore;
import rocket.application.auth.port.out.contract.UserAccountStoreContract;

/** The jOOQ user store on an app's {@code _users} meets the user account store contract. */
class JooqUserAccountStoreContractTest extends UserAccountStoreContract {
    @Override
    protected UserAccountStore emptyRealm() {
        return new JooqUserAccountStore(freshDatabase(), "_users");
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}

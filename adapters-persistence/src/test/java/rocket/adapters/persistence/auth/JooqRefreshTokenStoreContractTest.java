package rocket.adapters.persistence.auth;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.auth.port.out.RefreshTokenStore;
import rocket.application.auth.port.out.contract.RefreshTokenStoreContract;
import rocket.application.auth.port.out.UserAccountStore;

/** The jOOQ refresh token store on an app's {@code _refresh_tokens} meets the refresh token store contract. */
class JooqRefreshTokenStoreContractTest extends RefreshTokenStoreContract {
    private DSLContext database;

    @Override
    protected UserAccountStore emptyUsers() {
        database = freshDatabase();
        return new JooqUserAccountStore(database, "_users");
    }

    @Override
    protected RefreshTokenStore emptyTokens() {
        return new JooqRefreshTokenStore(database, "_refresh_tokens");
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}

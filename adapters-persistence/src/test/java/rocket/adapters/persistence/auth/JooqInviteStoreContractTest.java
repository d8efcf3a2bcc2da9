package rocket.adapters.persistence.auth;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.auth.port.out.InviteStore;
import rocket.application.auth.port.out.contract.InviteStoreContract;

/** The jOOQ invite store on an app's {@code _invites} meets the invite store contract. */
class JooqInviteStoreContractTest extends InviteStoreContract {
    @Override
    protected InviteStore emptyInvites() {
        return new JooqInviteStore(freshDatabase());
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}

package rocket.adapters.persistence.file;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.application.files.port.out.FileRecordStore;
import rocket.application.files.port.out.contract.FileRecordStoreContract;

/** The jOOQ file record store on an app's {@code _files} meets the file record store contract. */
class JooqFileRecordStoreContractTest extends FileRecordStoreContract {
    @Override
    protected FileRecordStore emptyFiles() {
        return new JooqFileRecordStore(freshDatabase());
    }

    /** An empty app database; the SQLite twin of this class overrides it. */
    DSLContext freshDatabase() {
        return ContractDatabases.freshAppDatabase();
    }
}

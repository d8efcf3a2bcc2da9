package rocket.adapters.persistence.records;

import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.definitions.port.out.contract.SchemaMigratorContract;

/** Auto-migration through jOOQ's DDL API meets the schema migrator contract, seen through the jOOQ record store. */
class JooqSchemaMigratorContractTest extends SchemaMigratorContract {
    @Override
    protected Stores emptyDatabase() {
        DSLContext database = ContractDatabases.freshAppDatabase();
        return new Stores(new JooqSchemaMigrator(database), new JooqRecordStore(database, new WrittenEntities(w -> { })),
                ContractDatabases.transactions(database));
    }
}

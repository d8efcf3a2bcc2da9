package rocket.adapters.persistence.records;

import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.adapters.persistence.contract.SqliteContractDatabases;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.definitions.port.out.contract.SchemaMigratorContract;

/** Auto-migration on SQLite (table rebuilds where its ALTER TABLE falls short) meets the schema migrator contract. */
class SqliteSchemaMigratorContractTest extends SchemaMigratorContract {
    @TempDir
    static Path directory;

    @Override
    protected Stores emptyDatabase() {
        DSLContext database = SqliteContractDatabases.freshAppDatabase(directory);
        return new Stores(new JooqSchemaMigrator(database), new JooqRecordStore(database, new WrittenEntities(w -> { })),
                ContractDatabases.transactions(database));
    }
}

package rocket.adapters.persistence.records;

import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import rocket.adapters.persistence.contract.SqliteContractDatabases;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.records.port.out.RecordStore;
import rocket.application.records.port.out.contract.RecordStoreContract;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Relation;

/** The jOOQ record store on SQLite meets the record store contract. */
class SqliteRecordStoreContractTest extends RecordStoreContract {
    @TempDir
    static Path directory;
    private static DSLContext dsl;

    @Override
    protected RecordStore storeWith(List<Entity> entities, Relation joinTable) {
        if (dsl == null) {
            dsl = SqliteContractDatabases.freshAppDatabase(directory);
        }
        JooqSchemaMigrator schema = new JooqSchemaMigrator(dsl);
        entities.forEach(schema::migrate);
        schema.createJoinTable(joinTable, named(entities, joinTable.source()), named(entities, joinTable.target()));
        return new JooqRecordStore(dsl, new WrittenEntities(written -> { }));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}

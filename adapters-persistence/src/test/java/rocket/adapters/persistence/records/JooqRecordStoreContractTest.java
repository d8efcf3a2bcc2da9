package rocket.adapters.persistence.records;

import java.util.List;
import org.jooq.DSLContext;
import rocket.adapters.persistence.contract.ContractDatabases;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.records.port.out.RecordStore;
import rocket.application.records.port.out.contract.RecordStoreContract;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Relation;

/** The jOOQ record store on PostgreSQL meets the record store contract. */
class JooqRecordStoreContractTest extends RecordStoreContract {
    private static final DSLContext DSL = ContractDatabases.freshAppDatabase();

    @Override
    protected RecordStore storeWith(List<Entity> entities, Relation joinTable) {
        JooqSchemaMigrator schema = new JooqSchemaMigrator(DSL);
        entities.forEach(schema::migrate);
        schema.createJoinTable(joinTable, named(entities, joinTable.source()), named(entities, joinTable.target()));
        return new JooqRecordStore(DSL, new WrittenEntities(written -> { }));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}

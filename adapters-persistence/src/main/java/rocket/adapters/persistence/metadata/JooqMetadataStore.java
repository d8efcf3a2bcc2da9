package rocket.adapters.persistence.metadata;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.text;
import static rocket.adapters.persistence.sql.Columns.timestamp;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.JsonDocuments;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.StoredDefinition;

/** Entity and relation definitions in {@code _entities} / {@code _relations} as JSONB documents. */
public final class JooqMetadataStore implements MetadataStore {
    private static final Table<?> ENTITIES = Columns.table("_entities");
    private static final Table<?> RELATIONS = Columns.table("_relations");
    private static final Field<String> NAME = text("name");
    private static final Field<String> TABLE_NAME = text("table_name");
    private static final Field<String> SOURCE = text("source");
    private static final Field<String> TARGET = text("target");
    private static final Field<JSONB> DEFINITION = DSL.field(DSL.name("definition"), SQLDataType.JSONB);
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");

    private final DSLContext dsl;

    public JooqMetadataStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredDefinition> entities() {
        return dsl.select(NAME, TABLE_NAME, DEFINITION, CREATED_AT, UPDATED_AT).from(ENTITIES).orderBy(NAME)
                .fetch(JooqMetadataStore::entityRow);
    }

    @Override
    public Optional<StoredDefinition> entity(String name) {
        return dsl.select(NAME, TABLE_NAME, DEFINITION, CREATED_AT, UPDATED_AT).from(ENTITIES).where(NAME.eq(name))
                .fetchOptional(JooqMetadataStore::entityRow);
    }

    @Override
    public boolean insertEntity(String name, String tableName, Map<String, Object> definition) {
        return dsl.insertInto(ENTITIES).set(NAME, name).set(TABLE_NAME, tableName)
                .set(DEFINITION, JsonDocuments.toJsonb(definition)).onConflictDoNothing().execute() == 1;
    }

    @Override
    public boolean updateEntity(String name, String tableName, Map<String, Object> definition) {
        return dsl.update(ENTITIES).set(TABLE_NAME, tableName).set(DEFINITION, JsonDocuments.toJsonb(definition))
                .set(UPDATED_AT, Columns.now()).where(NAME.eq(name)).execute() == 1;
    }

    @Override
    public boolean deleteEntity(String name) {
        dsl.deleteFrom(RELATIONS).where(SOURCE.eq(name).or(TARGET.eq(name))).execute();
        return dsl.deleteFrom(ENTITIES).where(NAME.eq(name)).execute() == 1;
    }

    @Override
    public List<StoredDefinition> relations() {
        return dsl.select(NAME, SOURCE, TARGET, DEFINITION, CREATED_AT, UPDATED_AT).from(RELATIONS).orderBy(NAME)
                .fetch(JooqMetadataStore::relationRow);
    }

    @Override
    public Optional<StoredDefinition> relation(String name) {
        return dsl.select(NAME, SOURCE, TARGET, DEFINITION, CREATED_AT, UPDATED_AT).from(RELATIONS)
                .where(NAME.eq(name)).fetchOptional(JooqMetadataStore::relationRow);
    }

    @Override
    public boolean insertRelation(String name, String source, String target, Map<String, Object> definition) {
        return dsl.insertInto(RELATIONS).set(NAME, name).set(SOURCE, source).set(TARGET, target)
                .set(DEFINITION, JsonDocuments.toJsonb(definition)).onConflictDoNothing().execute() == 1;
    }

    @Override
    public boolean updateRelation(String name, String source, String target, Map<String, Object> definition) {
        return dsl.update(RELATIONS).set(SOURCE, source).set(TARGET, target)
                .set(DEFINITION, JsonDocuments.toJsonb(definition)).set(UPDATED_AT, Columns.now())
                .where(NAME.eq(name)).execute() == 1;
    }

    @Override
    public boolean deleteRelation(String name) {
        return dsl.deleteFrom(RELATIONS).where(NAME.eq(name)).execute() == 1;
    }

    private static StoredDefinition entityRow(Record r) {
        return new StoredDefinition(r.get(NAME), r.get(TABLE_NAME), null, null, JsonDocuments.object(r.get(DEFINITION)),
                instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }

    private static StoredDefinition relationRow(Record r) {
        return new StoredDefinition(r.get(NAME), null, r.get(SOURCE), r.get(TARGET),
                JsonDocuments.object(r.get(DEFINITION)), instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
    }
}

package rocket.adapters.persistence.definition;

import static rocket.adapters.persistence.sql.Columns.instant;
import static rocket.adapters.persistence.sql.Columns.timestamp;
import static rocket.adapters.persistence.sql.Columns.uuid;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SQLDialect;
import rocket.adapters.persistence.sql.Columns;
import rocket.adapters.persistence.sql.UniqueViolations;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionRow;

/** Every kind of definition in its own table ({@link DefinitionTables}): one column per document member. */
public final class JooqDefinitionStore implements DefinitionStore {
    private static final Field<UUID> ID = uuid("id");
    private static final Field<OffsetDateTime> CREATED_AT = timestamp("created_at");
    private static final Field<OffsetDateTime> UPDATED_AT = timestamp("updated_at");

    private final DSLContext dsl;

    public JooqDefinitionStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DefinitionRow> list(DefinitionKind<?> kind) {
        DefinitionTable table = DefinitionTables.of(kind);
        return dsl.select(all(table)).from(table.table()).orderBy(table.order()).fetch(reader(table));
    }

    @Override
    public Optional<DefinitionRow> find(DefinitionKind<?> kind, UUID id) {
        DefinitionTable table = DefinitionTables.of(kind);
        return dsl.select(all(table)).from(table.table()).where(ID.eq(id)).fetchOptional(reader(table));
    }

    @Override
    public Optional<DefinitionRow> insert(DefinitionKind<?> kind, Map<String, Object> document) {
        DefinitionTable table = DefinitionTables.of(kind);
        if (dsl.family() == SQLDialect.SQLITE) {
            // jOOQ emulates RETURNING on SQLite by reading the last inserted rowid, which is some earlier row when DO
            // NOTHING skipped the insert: the id is chosen here and the row read back only if it was inserted
            UUID id = UUID.randomUUID();
            boolean inserted = dsl.insertInto(table.table()).set(ID, id).set(columns(table, document))
                    .onConflictDoNothing().execute() == 1;
            return inserted ? find(kind, id) : Optional.empty();
        }
        return dsl.insertInto(table.table()).set(columns(table, document)).onConflictDoNothing()
                .returningResult(all(table)).fetchOptional(reader(table));
    }

    @Override
    public Optional<DefinitionRow> update(DefinitionKind<?> kind, UUID id, Map<String, Object> document,
                                          String conflictMessage) {
        DefinitionTable table = DefinitionTables.of(kind);
        var statement = dsl.update(table.table()).set(columns(table, document))
                .set(UPDATED_AT, Columns.now()).where(ID.eq(id)).returningResult(all(table));
        return UniqueViolations.asConflict(conflictMessage, () -> statement.fetchOptional(reader(table)));
    }

    @Override
    public boolean delete(DefinitionKind<?> kind, UUID id) {
        return dsl.deleteFrom(DefinitionTables.of(kind).table()).where(ID.eq(id)).execute() == 1;
    }

    private static List<Field<?>> all(DefinitionTable table) {
        List<Field<?>> fields = new ArrayList<>(List.of(ID, CREATED_AT, UPDATED_AT));
        fields.addAll(table.fields());
        return fields;
    }

    private static Map<Field<?>, Object> columns(DefinitionTable table, Map<String, Object> document) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        table.columns().forEach(column -> values.put(column.field(), column.toColumn(document.get(column.name()))));
        return values;
    }

    private static RecordMapper<Record, DefinitionRow> reader(DefinitionTable table) {
        return r -> {
            Map<String, Object> document = new LinkedHashMap<>();
            // a member the document did not have (a column added later, SQL NULL) stays absent
            table.columns().stream().filter(column -> !column.absent(r.get(column.field())))
                    .forEach(column -> document.put(column.name(), column.toMember(r.get(column.field()))));
            return new DefinitionRow(r.get(ID), document, instant(r.get(CREATED_AT)), instant(r.get(UPDATED_AT)));
        };
    }
}

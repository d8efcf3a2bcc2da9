package rocket.adapters.persistence.records;

import static org.jooq.impl.DSL.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.Constraint;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.application.definitions.port.out.SchemaMigrator;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.FieldType;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.metadata.Relation;

/**
 * Auto-migration through jOOQ's DDL API: every identifier validated and quoted, no hand-built DDL text. On SQLite
 * (chosen by the context's dialect) the catalog is SQLite's and a column's type changes by a table rebuild
 * ({@link SqliteTables#rebuild}).
 */
public final class JooqSchemaMigrator implements SchemaMigrator {
    private final DSLContext dsl;
    private final boolean sqlite;

    public JooqSchemaMigrator(DSLContext dsl) {
        this.dsl = dsl;
        this.sqlite = dsl.dialect().family() == SQLDialect.SQLITE;
    }

    @Override
    public void migrate(Entity entity) {
        withoutStatementTimeout();
        Table<?> table = Columns.table(entity);
        Map<String, String> existing = existingColumns(entity.table());
        if (existing.isEmpty()) {
            requireFreeName(entity.table());
            createTable(entity, table);
        } else {
            alterTable(entity, table, existing);
        }
        var deletedAt = DSL.field(name(Entity.DELETED_AT));
        for (Field field : entity.fields()) {
            if (field.unique() && !field.name().equals(entity.primaryKey().field())) {
                uniqueIndex(entity, table, field, deletedAt);
            }
        }
        if (entity.softDelete()) {
            dsl.createIndexIfNotExists(indexName("idx", entity.table(), Entity.DELETED_AT)).on(table, deletedAt)
                    .where(deletedAt.isNull()).execute();
        }
    }

    /**
     * A soft-delete entity's values are unique among its live rows only (a partial index), so a soft-deleted row never
     * blocks creating its successor; an index of the other kind (the entity's soft delete was switched) is rebuilt.
     */
    private void uniqueIndex(Entity entity, Table<?> table, Field field, org.jooq.Field<Object> deletedAt) {
        String index = Identifiers.shorten("idx_" + entity.table() + "_" + field.name());
        var definition = DSL.field(name("indexdef"), String.class);
        String existing = sqlite ? SqliteTables.indexDefinition(dsl, index)
                : dsl.select(definition).from(DSL.table(name("pg_catalog", "pg_indexes")))
                .where(DSL.field(name("schemaname")).eq(DSL.currentSchema()))
                .and(DSL.field(name("indexname"), String.class).eq(index)).fetchOne(definition);
        if (existing != null && existing.toLowerCase(Locale.ROOT).contains(" where ") != entity.softDelete()) {
            dsl.dropIndex(name(index)).execute();
        }
        var create = dsl.createUniqueIndexIfNotExists(name(index)).on(table, DSL.field(name(field.name())));
        (entity.softDelete() ? create.where(deletedAt.isNull()) : create).execute();
    }

    private void createTable(Entity entity, Table<?> table) {
        var create = dsl.createTableIfNotExists(table);
        List<Constraint> constraints = new ArrayList<>();
        for (Field field : entity.readableFields()) {
            boolean pk = field.name().equals(entity.primaryKey().field());
            create = create.column(name(Identifiers.require(field.name())), columnType(entity, field, pk));
            if (pk) {
                constraints.add(DSL.constraint(name(Identifiers.shorten("pk_" + entity.table())))
                        .primaryKey(DSL.field(name(field.name()))));
            }
        }
        create.constraints(constraints).execute();
    }

    private void alterTable(Entity entity, Table<?> table, Map<String, String> existing) {
        boolean rebuild = false;
        for (Field field : entity.readableFields()) {
            String current = existing.get(field.name());
            String wanted = ColumnTypes.catalogName(field.type());
            if (current == null) {
                // new columns are added nullable: existing rows have no value for them
                DataType<?> type = ColumnTypes.of(field).nullable(true);
                if (field.hasDefault()) {
                    type = withDefault(type, field);
                }
                var add = dsl.alterTable(table);
                // SQLite has no ADD COLUMN IF NOT EXISTS; the column is known to be missing
                (sqlite ? add.addColumn(name(Identifiers.require(field.name())), type)
                        : add.addColumnIfNotExists(name(Identifiers.require(field.name())), type)).execute();
            } else if (!current.equals(wanted) && !current.equals("rowid")) {
                if (current.equals("int4") && wanted.equals("int8")) {
                    if (sqlite) {
                        rebuild = true; // SQLite's ALTER TABLE cannot change a column's type
                    } else {
                        dsl.alterTable(table).alterColumn(DSL.field(name(field.name()))).set(SQLDataType.BIGINT)
                                .execute();
                    }
                } else if (!(current.equals("numeric") && wanted.equals("numeric"))) {
                    throw RocketException.of(ErrorCode.VALIDATION_FAILED, "cannot change column " + field.name()
                            + " of table " + entity.table() + " from " + current + " to " + wanted
                            + " (only int to bigint is a safe change)");
                }
            }
        }
        if (rebuild) {
            SqliteTables.rebuild(dsl, entity, key -> columnType(entity, key, true));
        }
    }

    private DataType<?> columnType(Entity entity, Field field, boolean pk) {
        DataType<?> type = ColumnTypes.of(field);
        if (pk) {
            if (entity.primaryKey().generated()) {
                return switch (field.type()) {
                    case UUID -> sqlite ? type.nullable(false) // the store generates the key: SQLiteRows
                            : SQLDataType.UUID.nullable(false).defaultValue(
                            DSL.function(name("gen_random_uuid"), SQLDataType.UUID));
                    case INT -> SQLDataType.INTEGER.nullable(false).identity(true);
                    case BIGINT -> SQLDataType.BIGINT.nullable(false).identity(true);
                    default -> type.nullable(false);
                };
            }
            return type.nullable(false);
        }
        type = type.nullable(!(field.required() && !field.nullable()));
        return field.hasDefault() ? withDefault(type, field) : type;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DataType<?> withDefault(DataType<?> type, Field field) {
        Object value;
        try {
            value = FieldValues.toColumn(field, field.defaultValue());
        } catch (InvalidFieldValue e) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "default of field " + field.name() + " " + e.getMessage());
        }
        if (field.type() == FieldType.JSON || field.type() == FieldType.FILE) {
            return type; // JSON defaults are applied by the engine at insert time
        }
        return ((DataType) type).defaultValue(DSL.inline(value, (DataType) type));
    }

    @Override
    public void createJoinTable(Relation relation, Entity source, Entity target) {
        withoutStatementTimeout();
        Field sourceKey = source.field(relation.sourceKey()).orElseThrow();
        Field targetKey = target.pkField();
        var sourceColumn = DSL.field(name(Identifiers.require(relation.sourceJoinKey())));
        var targetColumn = DSL.field(name(Identifiers.require(relation.targetJoinKey())));
        Table<?> join = Columns.table(relation.joinTable());
        if (existingColumns(relation.joinTable()).isEmpty()) {
            requireFreeName(relation.joinTable());
        }
        dsl.createTableIfNotExists(join)
                .column(sourceColumn.getQualifiedName(), ColumnTypes.of(sourceKey).nullable(false))
                .column(targetColumn.getQualifiedName(), ColumnTypes.of(targetKey).nullable(false))
                .constraints(DSL.constraint(name(Identifiers.shorten("pk_" + relation.joinTable())))
                        .primaryKey(sourceColumn, targetColumn))
                .execute();
        dsl.createIndexIfNotExists(indexName("idx", relation.joinTable(), relation.targetJoinKey()))
                .on(join, targetColumn).execute();
    }

    @Override
    public void indexForeignKey(Relation relation, Entity target) {
        withoutStatementTimeout();
        dsl.createIndexIfNotExists(indexName("idx", target.table(), relation.targetKey()))
                .on(Columns.table(target), DSL.field(name(Identifiers.require(relation.targetKey())))).execute();
    }

    /**
     * DDL may rightly take longer than the pool's statement timeout (an index over a big table): lifted for the rest
     * of this migration's transaction only.
     */
    private void withoutStatementTimeout() {
        if (sqlite) {
            return; // SQLite has no statement timeout
        }
        dsl.setLocal(name("statement_timeout"), DSL.inline(0)).execute();
    }

    private Map<String, String> existingColumns(String table) {
        if (sqlite) {
            return SqliteTables.columns(dsl, table);
        }
        var tableName = DSL.field(name("table_name"), String.class);
        var columnName = DSL.field(name("column_name"), String.class);
        var udtName = DSL.field(name("udt_name"), String.class);
        var schema = DSL.field(name("table_schema"), String.class);
        return dsl.select(columnName, udtName).from(DSL.table(name("information_schema", "columns")))
                .where(tableName.eq(table)).and(schema.eq(Columns.SCHEMA))
                .fetchMap(columnName, udtName);
    }

    /**
     * Tables, indexes and sequences share one namespace per schema: a new table named like an existing index
     * ({@code idx_posts_title}, {@code pk_posts}) would be skipped by {@code IF NOT EXISTS} and leave the entity
     * without a table, so it is refused instead.
     */
    private void requireFreeName(String table) {
        if (sqlite ? SqliteTables.nameTaken(dsl, table) : nameTakenInPostgres(table)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "table name " + table
                    + " is already taken by an index or another database object");
        }
    }

    private boolean nameTakenInPostgres(String table) {
        var relname = DSL.field(name("relname"), String.class);
        var namespace = DSL.field(name("relnamespace"), Long.class);
        var oid = DSL.field(name("oid"), Long.class);
        var nspname = DSL.field(name("nspname"), String.class);
        return dsl.fetchExists(DSL.selectOne().from(DSL.table(name("pg_catalog", "pg_class")))
                .where(relname.eq(table)).and(namespace.in(DSL.select(oid)
                        .from(DSL.table(name("pg_catalog", "pg_namespace"))).where(nspname.eq(Columns.SCHEMA)))));
    }

    private static org.jooq.Name indexName(String prefix, String table, String column) {
        return name(Identifiers.shorten(prefix + "_" + table + "_" + column));
    }
}

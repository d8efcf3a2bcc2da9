package rocket.adapters.persistence.records;

import static org.jooq.impl.DSL.name;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Constraint;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.adapters.persistence.sql.PlainSql;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;

/**
 * SQLite's catalog as the schema migrator needs it, and the table rebuild that stands in for the column changes
 * SQLite's {@code ALTER TABLE} cannot make (a column's type).
 */
final class SqliteTables {
    private static final Table<?> SCHEMA = DSL.table(name("sqlite_schema"));
    private static final org.jooq.Field<String> TYPE = DSL.field(name("type"), String.class);
    private static final org.jooq.Field<String> NAME = DSL.field(name("name"), String.class);
    private static final org.jooq.Field<String> TABLE = DSL.field(name("tbl_name"), String.class);
    private static final org.jooq.Field<String> SQL = DSL.field(name("sql"), String.class);

    private SqliteTables() {
    }

    /** The table's columns in order, each with its catalog name as PostgreSQL's would be; empty when no table. */
    static Map<String, String> columns(DSLContext dsl, String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Record column : PlainSql.sqliteColumns(dsl, table)) {
            columns.put(column.get(0, String.class), ColumnTypes.catalogNameOfSqlite(column.get(1, String.class)));
        }
        return columns;
    }

    /** Tables and indexes share one namespace: a table may not take an index's name (see the migrator). */
    static boolean nameTaken(DSLContext dsl, String name) {
        return dsl.fetchExists(DSL.selectOne().from(SCHEMA).where(NAME.eq(name)));
    }

    /** The {@code CREATE INDEX} statement of an index, or null when there is none. */
    static String indexDefinition(DSLContext dsl, String index) {
        return dsl.select(SQL).from(SCHEMA).where(TYPE.eq("index")).and(NAME.eq(index)).fetchOne(SQL);
    }

    /**
     * Rebuilds the entity's table with its fields' column types, the way SQLite documents for changes its
     * {@code ALTER TABLE} lacks, inside a transaction (the caller's, as a savepoint, when there is one): create the
     * new table, copy every row, drop the old table, rename the new one, recreate the indexes. Columns keep their
     * order, NULL rule and default; columns no field names any more are kept as they are (nothing is dropped).
     * {@code keyType} is the key column's type as the table was created with it.
     */
    static void rebuild(DSLContext dsl, Entity entity, Function<Field, DataType<?>> keyType) {
        dsl.transaction(() -> {
            String table = Identifiers.require(entity.table());
            List<String> indexes = dsl.select(SQL).from(SCHEMA).where(TYPE.eq("index")).and(TABLE.eq(table))
                    .and(SQL.isNotNull()).fetch(SQL);
            Table<?> rebuilt = DSL.table(name(Identifiers.shorten("rebuild_" + table)));
            var create = dsl.createTable(rebuilt);
            List<Constraint> constraints = new ArrayList<>();
            List<org.jooq.Field<?>> copied = new ArrayList<>();
            for (Record column : PlainSql.sqliteColumns(dsl, table)) {
                String name = Identifiers.require(column.get(0, String.class));
                Optional<Field> field = entity.readableFields().stream().filter(f -> f.name().equals(name)).findFirst();
                DataType<?> type;
                if (column.get(4, Integer.class) > 0 && field.isPresent()) {
                    type = keyType.apply(field.get());
                    constraints.add(DSL.constraint(name(Identifiers.shorten("pk_" + table)))
                            .primaryKey(DSL.field(name(name))));
                } else {
                    type = kept(field.map(ColumnTypes::of).orElseGet(() -> ColumnTypes.of(
                            ColumnTypes.ofCatalogName(ColumnTypes.catalogNameOfSqlite(column.get(1, String.class))),
                            null)), column);
                }
                create = create.column(name(name), type);
                copied.add(DSL.field(name(name)));
            }
            create.constraints(constraints).execute();
            dsl.insertInto(rebuilt).columns(copied).select(DSL.select(copied).from(DSL.table(name(table)))).execute();
            dsl.dropTable(DSL.table(name(table))).execute();
            dsl.alterTable(rebuilt).renameTo(name(table)).execute();
            indexes.forEach(index -> PlainSql.sqliteCatalogStatement(dsl, index));
        });
    }

    /** The type with the column's present NULL rule and default. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DataType<?> kept(DataType<?> type, Record column) {
        DataType<?> kept = type.nullable(column.get(2, Integer.class) == 0);
        String defaultValue = column.get(3, String.class);
        return defaultValue == null ? kept : ((DataType) kept).defaultValue(PlainSql.sqliteCatalogExpression(defaultValue));
    }
}

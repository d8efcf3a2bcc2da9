package rocket.adapters.persistence.records;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.domain.metadata.Relation;

/** The join rows of many-to-many relations, for {@link JooqRecordStore}; a change is reported for both ends. */
final class JoinRows {
    private final DSLContext dsl;
    private final WrittenEntities written;
    private final boolean sqlite;
    /** SQLite: the catalog names of each join table's columns (see {@link #joinColumn}). */
    private final Map<String, Map<String, String>> joinColumnTypes = new ConcurrentHashMap<>();

    JoinRows(DSLContext dsl, WrittenEntities written) {
        this.dsl = dsl;
        this.written = written;
        this.sqlite = dsl.dialect().family() == SQLDialect.SQLITE;
    }

    List<Map.Entry<Object, Object>> links(Relation relation, String joinColumn, Collection<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var source = joinColumn(relation, relation.sourceJoinKey());
        var target = joinColumn(relation, relation.targetJoinKey());
        var match = joinColumn(relation, joinColumn);
        var select = dsl.select(source, target).from(Columns.table(relation.joinTable())).where(match.in(ids));
        // SQLite would read them in the order of the index it uses; its rowid is the insertion order
        ResultQuery<org.jooq.Record2<Object, Object>> query = sqlite
                ? select.orderBy(DSL.field(DSL.name("rowid"))) : select;
        return query.fetch(r -> Map.entry(r.value1(), r.value2()));
    }

    void link(Relation relation, Object sourceId, Object targetId, boolean ignoreConflict) {
        var insert = dsl.insertInto(Columns.table(relation.joinTable()),
                        joinColumn(relation, relation.sourceJoinKey()), joinColumn(relation, relation.targetJoinKey()))
                .values(sourceId, targetId);
        WriteErrors.translate(() -> ignoreConflict ? insert.onConflictDoNothing().execute() : insert.execute());
        linksWritten(relation);
    }

    int unlink(Relation relation, Object sourceId, Object targetId) {
        Condition match = joinColumn(relation, relation.sourceJoinKey()).eq(sourceId);
        if (targetId != null) {
            match = match.and(joinColumn(relation, relation.targetJoinKey()).eq(targetId));
        }
        int removed = dsl.deleteFrom(Columns.table(relation.joinTable())).where(match).execute();
        linksWritten(relation);
        return removed;
    }

    /** A join row changes what includes of either side return. */
    private void linksWritten(Relation relation) {
        written.written(relation.source());
        written.written(relation.target());
    }

    /**
     * A join-table column; its name comes from validated metadata and is checked once more here. PostgreSQL's
     * driver reads each value as its column's type; on SQLite the column is typed from the table's declared types
     * (the port does not name the entities), so keys read back as the same types.
     */
    private org.jooq.Field<Object> joinColumn(Relation relation, String name) {
        if (sqlite) {
            Map<String, String> types = joinColumnTypes.get(relation.joinTable());
            if (types == null) {
                types = SqliteTables.columns(dsl, relation.joinTable());
                if (!types.isEmpty()) { // join tables are created once and never altered
                    joinColumnTypes.put(relation.joinTable(), types);
                }
            }
            String type = types.get(name);
            if (type != null) {
                return Columns.column(name, ColumnTypes.ofCatalogName(type));
            }
        }
        return DSL.field(DSL.name(Identifiers.require(name)));
    }
}

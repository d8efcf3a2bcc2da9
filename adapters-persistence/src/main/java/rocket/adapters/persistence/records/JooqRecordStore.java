package rocket.adapters.persistence.records;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Results;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.sql.PlainSql;
import rocket.adapters.persistence.sql.RenderedSql;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.records.port.out.CountedRows;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.query.Filter;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * Business rows through jOOQ: identifiers from validated metadata only, every value a bind parameter. Every write
 * is reported to {@link WrittenEntities} (the basis of exact cache invalidation).
 */
public final class JooqRecordStore implements RecordStore {
    private final DSLContext dsl;
    private final WrittenEntities written;
    private final RenderedStatements statements;
    /** SQLite instead of PostgreSQL: the few statements that differ are chosen by the context's dialect. */
    private final boolean sqlite;
    private final JoinRows joins;

    public JooqRecordStore(DSLContext dsl, WrittenEntities written) {
        this.dsl = dsl;
        this.written = written;
        this.statements = new RenderedStatements(dsl);
        this.sqlite = dsl.dialect().family() == SQLDialect.SQLITE;
        this.joins = new JoinRows(dsl, written);
    }

    @Override
    public List<Map<String, Object>> list(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset) {
        return page(entity, filters, sorts, limit, offset).fetch(r -> toRow(entity, r));
    }

    /**
     * The page and its count in one round trip; each statement is planned on its own. SQLite's driver sends one
     * statement at a time: two statements there, each on its own snapshot as on PostgreSQL (read committed).
     */
    @Override
    public CountedRows listCounted(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset) {
        if (sqlite) {
            return RecordStore.super.listCounted(entity, filters, sorts, limit, offset);
        }
        Results results = PlainSql.together(dsl, page(entity, filters, sorts, limit, offset),
                dsl.selectCount().from(Columns.table(entity)).where(where(entity, filters)));
        // the page's values come typed by the driver, as plain SQL: read them as its columns would (dates)
        org.jooq.Field<?>[] columns = readableColumns(entity).toArray(org.jooq.Field<?>[]::new);
        return new CountedRows(results.get(0).map(r -> toRow(entity, r.into(columns))),
                results.get(1).get(0).get(0, Long.class));
    }

    private ResultQuery<Record> page(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset) {
        return dsl.select(selectList(entity)).from(Columns.table(entity)).where(where(entity, filters))
                .orderBy(orderBy(sorts)).limit(limit).offset(offset);
    }

    /**
     * PostgreSQL's default NULL placement (last ascending, first descending), which keyset paging relies on; SQLite
     * places NULLs the other way round unless told.
     */
    private List<SortField<?>> orderBy(List<Sort> sorts) {
        List<SortField<?>> order = new ArrayList<>(sorts.size());
        for (Sort sort : sorts) {
            var column = Columns.column(sort.field());
            if (sqlite) {
                order.add(sort.descending() ? column.desc().nullsFirst() : column.asc().nullsLast());
            } else {
                order.add(sort.descending() ? column.desc() : column.asc());
            }
        }
        return order;
    }

    @Override
    public List<Map<String, Object>> listAfter(Entity entity, List<Filter> filters, Keyset position, int limit) {
        Condition where = where(entity, filters);
        if (!position.atStart()) {
            where = where.and(KeysetConditions.after(entity, position));
        }
        return dsl.select(selectList(entity)).from(Columns.table(entity)).where(where)
                .orderBy(orderBy(position.order())).limit(limit).fetch(r -> toRow(entity, r));
    }

    @Override
    public long count(Entity entity, List<Filter> filters) {
        return dsl.fetchCount(Columns.table(entity), where(entity, filters));
    }

    /** SQLite's planner has no row estimate to give (no {@code EXPLAIN} with rows): there it is the exact count. */
    @Override
    public long estimateCount(Entity entity, List<Filter> filters) {
        if (sqlite) {
            return count(entity, filters);
        }
        var query = dsl.selectOne().from(Columns.table(entity)).where(where(entity, filters));
        return PlanEstimates.rows(PlainSql.explainJson(dsl, query));
    }

    @Override
    public Optional<Map<String, Object>> findOne(Entity entity, Field field, Object value) {
        org.jooq.Field<Object> column = Columns.column(field);
        return fetchRow(entity, "find", List.of(column), Collections.singletonList(value), () -> dsl
                .select(selectList(entity)).from(Columns.table(entity)).where(live(entity)).and(column.eq(value)));
    }

    /**
     * {@code FOR UPDATE} on PostgreSQL. SQLite has no row locks and needs none: its transactions begin
     * {@code IMMEDIATE} (see {@code SqliteContexts}), so the transaction that reads here already holds the file's
     * only write lock until it ends, and one that had to wait for it reads what the other writer committed.
     */
    @Override
    public Optional<Map<String, Object>> lock(Entity entity, Object primaryKey) {
        org.jooq.Field<Object> column = Columns.column(entity.pkField());
        return fetchRow(entity, "lock", List.of(column), Collections.singletonList(primaryKey), () -> {
            var select = dsl.select(selectList(entity)).from(Columns.table(entity)).where(live(entity))
                    .and(column.eq(primaryKey));
            return sqlite ? select : select.forUpdate();
        });
    }

    @Override
    public List<Map<String, Object>> findAll(Entity entity, Field field, Collection<?> values, List<Filter> filters) {
        if (values.isEmpty()) {
            return List.of();
        }
        return dsl.select(selectList(entity)).from(Columns.table(entity))
                .where(where(entity, filters)).and(Columns.column(field).in(values)).fetch(r -> toRow(entity, r));
    }

    @Override
    public Map<String, Object> insert(Entity entity, Map<String, Object> values) {
        Map<org.jooq.Field<?>, Object> columns = columns(entity, sqlite ? SqliteRows.withGeneratedKey(entity, values)
                : values);
        return tracked(() -> fetchRow(entity, "insert", List.copyOf(columns.keySet()),
                new ArrayList<>(columns.values()), () -> returning(entity, columns.isEmpty()
                        ? dsl.insertInto(Columns.table(entity)).defaultValues()
                        : dsl.insertInto(Columns.table(entity)).set(columns)))
                .orElseThrow(), entity);
    }

    /** The insert returning the rows as stored; on SQLite its own {@code RETURNING} (see {@link PlainSql#returning}). */
    private ResultQuery<Record> returning(Entity entity, org.jooq.InsertReturningStep<?> insert) {
        if (sqlite) {
            return PlainSql.returning(dsl, insert, selectList(entity)).coerce(readableColumns(entity));
        }
        return insert.returningResult(selectList(entity));
    }

    @Override
    public List<Map<String, Object>> insertAll(Entity entity, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (sqlite) {
            rows = rows.stream().map(row -> SqliteRows.withGeneratedKey(entity, row)).toList();
            rows.forEach(row -> exactOnSqlite(entity, row));
        }
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> names.addAll(row.keySet()));
        List<Field> fields = names.stream().map(name -> field(entity, name)).toList();
        if (fields.isEmpty()) {
            return rows.stream().map(row -> insert(entity, row)).toList(); // nothing to list: DEFAULT VALUES each
        }
        var insert = dsl.insertInto(Columns.table(entity), fields.stream().map(Columns::column).toList());
        for (Map<String, Object> row : rows) {
            insert = insert.values(fields.stream().<org.jooq.Field<?>>map(f -> row.containsKey(f.name())
                    ? DSL.val(Columns.bindable(f, row.get(f.name())), Columns.column(f))
                    : missing(f)).toList());
        }
        var statement = insert;
        if (sqlite) {
            List<Map<String, Object>> sent = rows;
            return tracked(() -> SqliteRows.inSentOrder(entity, sent,
                    returning(entity, statement).fetch(r -> toRow(entity, r))), entity);
        }
        // PostgreSQL returns the rows of a multi-row VALUES insert in VALUES order
        return tracked(() -> statement.returningResult(selectList(entity)).fetch(r -> toRow(entity, r)), entity);
    }

    /** A column a row of a multi-row insert leaves out: {@code DEFAULT}, which SQLite's {@code VALUES} lacks. */
    private org.jooq.Field<?> missing(Field field) {
        return sqlite ? DSL.val(Columns.bindable(field, SqliteRows.missing(field)), Columns.column(field))
                : DSL.defaultValue(Columns.column(field));
    }

    @Override
    public boolean insertIfAbsent(Entity entity, Map<String, Object> values) {
        if (values.isEmpty()) {
            return false;
        }
        Map<String, Object> row = sqlite ? SqliteRows.withGeneratedKey(entity, values) : values;
        return tracked(() -> dsl.insertInto(Columns.table(entity)).set(columns(entity, row))
                .onConflictDoNothing().execute() == 1, entity);
    }

    @Override
    public Optional<Map<String, Object>> update(Entity entity, Object primaryKey, Map<String, Object> values) {
        if (values.isEmpty()) {
            return findOne(entity, entity.pkField(), primaryKey);
        }
        Map<org.jooq.Field<?>, Object> columns = columns(entity, values);
        List<org.jooq.Field<?>> bound = new ArrayList<>(columns.keySet());
        bound.add(Columns.column(entity.pkField()));
        List<Object> binds = new ArrayList<>(columns.values());
        binds.add(primaryKey);
        return tracked(() -> fetchRow(entity, "update", bound, binds,
                () -> updateStatement(entity, primaryKey, values).returningResult(selectList(entity))), entity);
    }

    /**
     * Runs a statement that returns at most one row of {@link #selectList}: {@code typed} the first time, its
     * rendered SQL with these binds afterwards ({@link RenderedStatements}). The SQL is reused only when every value
     * is already of its column's type (or null), so it binds exactly as the typed statement would.
     */
    private Optional<Map<String, Object>> fetchRow(Entity entity, String statement, List<org.jooq.Field<?>> columns,
                                                   List<Object> values, Supplier<ResultQuery<?>> typed) {
        List<String> shape = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(i);
            if (value != null && !columns.get(i).getType().isInstance(value)) {
                return typed.get().fetchOptional(r -> toRow(entity, r));
            }
            shape.add(value == null ? columns.get(i).getName() + "=null" : columns.get(i).getName());
        }
        Optional<RenderedSql> sql = statements.sql(entity, statement, shape, values.size(), typed::get);
        if (sql.isEmpty()) {
            return typed.get().fetchOptional(r -> toRow(entity, r));
        }
        return PlainSql.again(dsl, sql.get(), sqlite ? SqliteRows.params(columns, values) : values)
                .coerce(readableColumns(entity))
                .fetchOptional(r -> toRow(entity, r));
    }

    @Override
    public void updateAll(Entity entity, Map<Object, Map<String, Object>> rows) {
        List<org.jooq.Query> updates = new ArrayList<>();
        rows.forEach((key, values) -> {
            if (!values.isEmpty()) {
                updates.add(updateStatement(entity, key, values));
            }
        });
        if (!updates.isEmpty()) {
            tracked(() -> dsl.batch(updates).execute(), entity); // one round trip for all statements
        }
    }

    private org.jooq.UpdateConditionStep<?> updateStatement(Entity entity, Object primaryKey, Map<String, Object> values) {
        return dsl.update(Columns.table(entity)).set(columns(entity, values))
                .where(live(entity)).and(Columns.column(entity.pkField()).eq(primaryKey));
    }

    @Override
    public int delete(Entity entity, Object primaryKey) {
        return deleteMatching(entity, Columns.column(entity.pkField()).eq(primaryKey));
    }

    @Override
    public List<Object> deleteWhere(Entity entity, Field field, Object value) {
        Condition match = live(entity).and(Columns.column(field).eq(value));
        var key = Columns.column(entity.pkField());
        if (entity.softDelete()) {
            return tracked(() -> dsl.update(Columns.table(entity)).set(deletion())
                    .where(match).returningResult(key).fetch(key), entity);
        }
        return tracked(() -> dsl.deleteFrom(Columns.table(entity)).where(match).returningResult(key).fetch(key),
                entity);
    }

    @Override
    public int deleteAll(Entity entity, Collection<?> primaryKeys) {
        return primaryKeys.isEmpty() ? 0 : deleteMatching(entity, Columns.column(entity.pkField()).in(primaryKeys));
    }

    private int deleteMatching(Entity entity, Condition condition) {
        Condition match = live(entity).and(condition);
        if (entity.softDelete()) {
            return tracked(() -> dsl.update(Columns.table(entity)).set(deletion())
                    .where(match).execute(), entity);
        }
        return tracked(() -> dsl.deleteFrom(Columns.table(entity)).where(match).execute(), entity);
    }

    /**
     * Soft deletion: the transaction's time on PostgreSQL; on SQLite the time now, bound (its
     * {@code current_timestamp} is text of another form than the encoded timestamps it is compared with).
     */
    private Map<org.jooq.Field<?>, ?> deletion() {
        return Map.of(Columns.deletedAt(), sqlite ? DSL.val(OffsetDateTime.now(ZoneOffset.UTC), Columns.deletedAt())
                : DSL.currentOffsetDateTime());
    }

    @Override
    public List<Object> setNull(Entity entity, Field field, Object value) {
        var key = Columns.column(entity.pkField());
        return tracked(() -> dsl.update(Columns.table(entity)).set(Columns.column(field), (Object) null)
                .where(Columns.column(field).eq(value)).returningResult(key).fetch(key), entity);
    }

    @Override
    public long countWhere(Entity entity, Field field, Object value) {
        return dsl.fetchCount(Columns.table(entity), live(entity).and(Columns.column(field).eq(value)));
    }

    @Override
    public List<Map.Entry<Object, Object>> links(Relation relation, String joinColumn, Collection<?> ids) {
        return joins.links(relation, joinColumn, ids);
    }

    @Override
    public void link(Relation relation, Object sourceId, Object targetId, boolean ignoreConflict) {
        joins.link(relation, sourceId, targetId, ignoreConflict);
    }

    @Override
    public int unlink(Relation relation, Object sourceId, Object targetId) {
        return joins.unlink(relation, sourceId, targetId);
    }

    /** Runs a write, translating client-caused rejections, and reports the entity as written. */
    private <T> T tracked(Supplier<T> statement, Entity entity) {
        T result = WriteErrors.translate(statement);
        written.written(entity.name());
        return result;
    }


    private Map<org.jooq.Field<?>, Object> columns(Entity entity, Map<String, Object> values) {
        exactOnSqlite(entity, values);
        Map<org.jooq.Field<?>, Object> columns = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Field field = field(entity, name);
            columns.put(Columns.column(field), Columns.bindable(field, value));
        });
        return columns;
    }

    /** SQLite: refuses the values it would read back otherwise ({@link SqliteRows#requireExactDecimals(Entity, Map)}). */
    private void exactOnSqlite(Entity entity, Map<String, Object> values) {
        if (sqlite) {
            SqliteRows.requireExactDecimals(entity, values);
        }
    }

    private static Field field(Entity entity, String name) {
        return entity.readableFields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<org.jooq.Field<Object>> readableColumns(Entity entity) {
        return entity.readableFields().stream().map(Columns::column).toList();
    }

    private static List<SelectField<?>> selectList(Entity entity) {
        return entity.readableFields().stream().<SelectField<?>>map(Columns::column).toList();
    }

    /** A row of {@link #selectList}: its values are in the order of the entity's readable fields. */
    private static Map<String, Object> toRow(Entity entity, Record record) {
        List<Field> fields = entity.readableFields();
        Map<String, Object> row = new LinkedHashMap<>(fields.size() * 2);
        for (int i = 0; i < fields.size(); i++) {
            row.put(fields.get(i).name(), Columns.readable(record.get(i)));
        }
        return row;
    }

    private static Condition live(Entity entity) {
        return entity.softDelete() ? Columns.deletedAt().isNull() : DSL.noCondition();
    }

    private Condition where(Entity entity, List<Filter> filters) {
        if (sqlite) {
            SqliteRows.requireExactDecimals(filters);
        }
        Condition condition = live(entity);
        for (Filter filter : filters) {
            condition = condition.and(Conditions.of(filter));
        }
        return condition;
    }
}

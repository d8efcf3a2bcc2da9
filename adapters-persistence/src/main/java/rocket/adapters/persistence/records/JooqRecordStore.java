package rocket.adapters.persistence.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.adapters.persistence.sql.PlainSql;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.query.Filter;
import rocket.domain.query.Sort;

/**
 * Business rows through jOOQ: identifiers from validated metadata only, every value a bind parameter. Every write
 * is reported to {@link WrittenEntities} (the basis of exact cache invalidation).
 */
public final class JooqRecordStore implements RecordStore {
    private final DSLContext dsl;
    private final WrittenEntities written;

    public JooqRecordStore(DSLContext dsl, WrittenEntities written) {
        this.dsl = dsl;
        this.written = written;
    }

    @Override
    public List<Map<String, Object>> list(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset) {
        List<SortField<?>> order = new ArrayList<>();
        for (Sort sort : sorts) {
            order.add(sort.descending() ? Columns.column(sort.field()).desc() : Columns.column(sort.field()).asc());
        }
        return dsl.select(selectList(entity)).from(Columns.table(entity)).where(where(entity, filters))
                .orderBy(order).limit(limit).offset(offset).fetch(r -> toRow(entity, r));
    }

    @Override
    public long count(Entity entity, List<Filter> filters) {
        return dsl.fetchCount(Columns.table(entity), where(entity, filters));
    }

    @Override
    public long estimateCount(Entity entity, List<Filter> filters) {
        var query = dsl.selectOne().from(Columns.table(entity)).where(where(entity, filters));
        return PlanEstimates.rows(PlainSql.explainJson(dsl, query));
    }

    @Override
    public Optional<Map<String, Object>> findOne(Entity entity, Field field, Object value) {
        return dsl.select(selectList(entity)).from(Columns.table(entity))
                .where(live(entity)).and(Columns.column(field).eq(value)).fetchOptional(r -> toRow(entity, r));
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
        Map<org.jooq.Field<?>, Object> columns = columns(entity, values);
        return tracked(() -> {
            var insert = columns.isEmpty()
                    ? dsl.insertInto(Columns.table(entity)).defaultValues()
                    : dsl.insertInto(Columns.table(entity)).set(columns);
            return insert.returningResult(selectList(entity)).fetchOne(r -> toRow(entity, r));
        }, entity);
    }

    @Override
    public List<Map<String, Object>> insertAll(Entity entity, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
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
                    : DSL.defaultValue(Columns.column(f))).toList());
        }
        var statement = insert;
        // PostgreSQL returns the rows of a multi-row VALUES insert in VALUES order
        return tracked(() -> statement.returningResult(selectList(entity)).fetch(r -> toRow(entity, r)), entity);
    }

    @Override
    public boolean insertIfAbsent(Entity entity, Map<String, Object> values) {
        if (values.isEmpty()) {
            return false;
        }
        return tracked(() -> dsl.insertInto(Columns.table(entity)).set(columns(entity, values))
                .onConflictDoNothing().execute() == 1, entity);
    }

    @Override
    public Optional<Map<String, Object>> update(Entity entity, Object primaryKey, Map<String, Object> values) {
        if (values.isEmpty()) {
            return findOne(entity, entity.pkField(), primaryKey);
        }
        return tracked(() -> updateStatement(entity, primaryKey, values).returningResult(selectList(entity))
                .fetchOptional(r -> toRow(entity, r)), entity);
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
        return deleteWhere(entity, entity.pkField(), primaryKey);
    }

    @Override
    public int deleteWhere(Entity entity, Field field, Object value) {
        return deleteMatching(entity, Columns.column(field).eq(value));
    }

    @Override
    public int deleteAll(Entity entity, Collection<?> primaryKeys) {
        return primaryKeys.isEmpty() ? 0 : deleteMatching(entity, Columns.column(entity.pkField()).in(primaryKeys));
    }

    private int deleteMatching(Entity entity, Condition condition) {
        Condition match = live(entity).and(condition);
        if (entity.softDelete()) {
            return tracked(() -> dsl.update(Columns.table(entity)).set(Columns.deletedAt(), DSL.currentOffsetDateTime())
                    .where(match).execute(), entity);
        }
        return tracked(() -> dsl.deleteFrom(Columns.table(entity)).where(match).execute(), entity);
    }

    @Override
    public int setNull(Entity entity, Field field, Object value) {
        return tracked(() -> dsl.update(Columns.table(entity)).set(Columns.column(field), (Object) null)
                .where(Columns.column(field).eq(value)).execute(), entity);
    }

    @Override
    public long countWhere(Entity entity, Field field, Object value) {
        return dsl.fetchCount(Columns.table(entity), live(entity).and(Columns.column(field).eq(value)));
    }

    @Override
    public List<Map.Entry<Object, Object>> links(Relation relation, String joinColumn, Collection<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var source = joinColumn(relation.sourceJoinKey());
        var target = joinColumn(relation.targetJoinKey());
        var match = joinColumn(joinColumn);
        return dsl.select(source, target).from(Columns.table(relation.joinTable())).where(match.in(ids))
                .fetch(r -> Map.entry(r.value1(), r.value2()));
    }

    @Override
    public void link(Relation relation, Object sourceId, Object targetId, boolean ignoreConflict) {
        var insert = dsl.insertInto(Columns.table(relation.joinTable()),
                        joinColumn(relation.sourceJoinKey()), joinColumn(relation.targetJoinKey()))
                .values(sourceId, targetId);
        WriteErrors.translate(() -> ignoreConflict ? insert.onConflictDoNothing().execute() : insert.execute());
        linksWritten(relation);
    }

    @Override
    public int unlink(Relation relation, Object sourceId, Object targetId) {
        Condition match = joinColumn(relation.sourceJoinKey()).eq(sourceId);
        if (targetId != null) {
            match = match.and(joinColumn(relation.targetJoinKey()).eq(targetId));
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

    /** Runs a write, translating client-caused rejections, and reports the entity as written. */
    private <T> T tracked(java.util.function.Supplier<T> statement, Entity entity) {
        T result = WriteErrors.translate(statement);
        written.written(entity.name());
        return result;
    }

    /** A join-table column; its name comes from validated metadata and is checked once more here. */
    private static org.jooq.Field<Object> joinColumn(String name) {
        return DSL.field(DSL.name(Identifiers.require(name)));
    }

    private static Map<org.jooq.Field<?>, Object> columns(Entity entity, Map<String, Object> values) {
        Map<org.jooq.Field<?>, Object> columns = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Field field = field(entity, name);
            columns.put(Columns.column(field), Columns.bindable(field, value));
        });
        return columns;
    }

    private static Field field(Entity entity, String name) {
        return entity.readableFields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<SelectField<?>> selectList(Entity entity) {
        return entity.readableFields().stream().<SelectField<?>>map(Columns::column).toList();
    }

    private static Map<String, Object> toRow(Entity entity, Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (Field field : entity.readableFields()) {
            row.put(field.name(), Columns.readable(record.get(Columns.column(field))));
        }
        return row;
    }

    private static Condition live(Entity entity) {
        return entity.softDelete() ? Columns.deletedAt().isNull() : DSL.noCondition();
    }

    private static Condition where(Entity entity, List<Filter> filters) {
        Condition condition = live(entity);
        for (Filter filter : filters) {
            condition = condition.and(Conditions.of(filter));
        }
        return condition;
    }
}

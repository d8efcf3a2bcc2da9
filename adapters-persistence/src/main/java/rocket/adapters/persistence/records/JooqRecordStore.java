package rocket.adapters.persistence.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import rocket.adapters.persistence.sql.Identifiers;
import rocket.application.port.out.RecordStore;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.query.Filter;
import rocket.domain.query.Sort;

/** Business rows through jOOQ: identifiers from validated metadata only, every value a bind parameter. */
public final class JooqRecordStore implements RecordStore {
    private final DSLContext dsl;

    public JooqRecordStore(DSLContext dsl) {
        this.dsl = dsl;
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
    public Optional<Map<String, Object>> findOne(Entity entity, Field field, Object value) {
        return dsl.select(selectList(entity)).from(Columns.table(entity))
                .where(live(entity)).and(Columns.column(field).eq(value)).fetchOptional(r -> toRow(entity, r));
    }

    @Override
    public List<Map<String, Object>> findAll(Entity entity, Field field, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return dsl.select(selectList(entity)).from(Columns.table(entity))
                .where(live(entity)).and(Columns.column(field).in(values)).fetch(r -> toRow(entity, r));
    }

    @Override
    public Object insert(Entity entity, Map<String, Object> values) {
        Field pk = entity.pkField();
        Map<org.jooq.Field<?>, Object> columns = columns(entity, values);
        return WriteErrors.translate(() -> {
            var insert = columns.isEmpty()
                    ? dsl.insertInto(Columns.table(entity)).defaultValues()
                    : dsl.insertInto(Columns.table(entity)).set(columns);
            return insert.returningResult(Columns.column(pk)).fetchOne().value1();
        });
    }

    @Override
    public boolean insertIfAbsent(Entity entity, Map<String, Object> values) {
        if (values.isEmpty()) {
            return false;
        }
        return WriteErrors.translate(() -> dsl.insertInto(Columns.table(entity)).set(columns(entity, values))
                .onConflictDoNothing().execute() == 1);
    }

    @Override
    public int update(Entity entity, Object primaryKey, Map<String, Object> values) {
        if (values.isEmpty()) {
            return dsl.fetchCount(Columns.table(entity), live(entity).and(Columns.column(entity.pkField()).eq(primaryKey)));
        }
        return WriteErrors.translate(() -> dsl.update(Columns.table(entity)).set(columns(entity, values))
                .where(live(entity)).and(Columns.column(entity.pkField()).eq(primaryKey)).execute());
    }

    @Override
    public int delete(Entity entity, Object primaryKey) {
        return deleteWhere(entity, entity.pkField(), primaryKey);
    }

    @Override
    public int deleteWhere(Entity entity, Field field, Object value) {
        Condition match = live(entity).and(Columns.column(field).eq(value));
        if (entity.softDelete()) {
            return dsl.update(Columns.table(entity)).set(Columns.deletedAt(), DSL.currentOffsetDateTime())
                    .where(match).execute();
        }
        return dsl.deleteFrom(Columns.table(entity)).where(match).execute();
    }

    @Override
    public int setNull(Entity entity, Field field, Object value) {
        return WriteErrors.translate(() -> dsl.update(Columns.table(entity)).set(Columns.column(field), (Object) null)
                .where(Columns.column(field).eq(value)).execute());
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
    }

    @Override
    public int unlink(Relation relation, Object sourceId, Object targetId) {
        Condition match = joinColumn(relation.sourceJoinKey()).eq(sourceId);
        if (targetId != null) {
            match = match.and(joinColumn(relation.targetJoinKey()).eq(targetId));
        }
        return dsl.deleteFrom(Columns.table(relation.joinTable())).where(match).execute();
    }

    /** A join-table column; its name comes from validated metadata and is checked once more here. */
    private static org.jooq.Field<Object> joinColumn(String name) {
        return DSL.field(DSL.name(Identifiers.require(name)));
    }

    private static Map<org.jooq.Field<?>, Object> columns(Entity entity, Map<String, Object> values) {
        Map<org.jooq.Field<?>, Object> columns = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Field field = entity.readableFields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
            columns.put(Columns.column(field), Columns.bindable(field, value));
        });
        return columns;
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

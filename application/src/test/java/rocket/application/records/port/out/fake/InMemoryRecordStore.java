package rocket.application.records.port.out.fake;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import rocket.application.apps.port.out.TransactionRunner;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.query.Filter;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * A {@link RecordStore} in memory, for service tests of the record engine; it passes the record store contract.
 * Like PostgreSQL: unique values are unique among live rows, a comparison with NULL matches nothing, NULLs sort
 * last ascending. {@link #transactions()} rolls the store back when the work throws (nested work: its savepoint).
 */
public final class InMemoryRecordStore implements RecordStore {
    private final Map<String, Map<Object, Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, List<Map.Entry<Object, Object>>> joins = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final List<Predicate<Map<String, Object>>> refusals = new ArrayList<>();
    private int statements;

    /** Round trips so far (each call is one statement, as in the jOOQ store). */
    public int statements() {
        return statements;
    }

    /** Makes the store refuse (422) every insert or update whose values match, as a database constraint would. */
    public void refuse(Predicate<Map<String, Object>> values) {
        refusals.add(values);
    }

    /** A runner whose work is undone (in this store) when it throws. */
    public TransactionRunner transactions() {
        return new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                Runnable rollback = snapshot();
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    rollback.run();
                    throw e;
                }
            }
        };
    }

    /** What puts the rows and links back as they are now. */
    private Runnable snapshot() {
        Map<String, Map<Object, Map<String, Object>>> rows = new HashMap<>();
        tables.forEach((table, byKey) -> {
            Map<Object, Map<String, Object>> copy = new LinkedHashMap<>();
            byKey.forEach((key, row) -> copy.put(key, new HashMap<>(row)));
            rows.put(table, copy);
        });
        Map<String, List<Map.Entry<Object, Object>>> links = new HashMap<>();
        joins.forEach((table, pairs) -> links.put(table, new ArrayList<>(pairs)));
        return () -> {
            tables.clear();
            tables.putAll(rows);
            joins.clear();
            joins.putAll(links);
        };
    }

    private Map<Object, Map<String, Object>> rows(Entity entity) {
        return tables.computeIfAbsent(entity.table(), table -> new LinkedHashMap<>());
    }

    private List<Map<String, Object>> live(Entity entity) {
        statements++;
        return rows(entity).values().stream().filter(row -> isLive(entity, row)).toList();
    }

    private static boolean isLive(Entity entity, Map<String, Object> row) {
        return !entity.softDelete() || row.get(Entity.DELETED_AT) == null;
    }

    @Override
    public List<Map<String, Object>> list(Entity entity, List<Filter> filters, List<Sort> sorts, int limit,
                                          int offset) {
        return live(entity).stream().filter(row -> Values.matches(row, filters)).sorted(Values.order(sorts)).skip(offset)
                .limit(limit).map(row -> Values.readable(entity, row)).toList();
    }

    @Override
    public List<Map<String, Object>> listAfter(Entity entity, List<Filter> filters, Keyset position, int limit) {
        Comparator<Map<String, Object>> order = Values.order(position.order());
        Map<String, Object> last = new HashMap<>(); // the position as a row of the order's fields
        for (int i = 0; i < position.after().size(); i++) {
            last.put(position.order().get(i).field().name(), position.after().get(i));
        }
        return live(entity).stream().filter(row -> Values.matches(row, filters))
                .filter(row -> position.atStart() || order.compare(row, last) > 0).sorted(order).limit(limit)
                .map(row -> Values.readable(entity, row)).toList();
    }

    @Override
    public long count(Entity entity, List<Filter> filters) {
        return live(entity).stream().filter(row -> Values.matches(row, filters)).count();
    }

    @Override
    public long estimateCount(Entity entity, List<Filter> filters) {
        return count(entity, filters);
    }

    @Override
    public Optional<Map<String, Object>> findOne(Entity entity, Field field, Object value) {
        return live(entity).stream().filter(row -> Values.same(row.get(field.name()), value)).findFirst()
                .map(row -> Values.readable(entity, row));
    }

    /** One thread at a time uses this store, so the lock itself has nothing to exclude. */
    @Override
    public Optional<Map<String, Object>> lock(Entity entity, Object primaryKey) {
        return findOne(entity, entity.pkField(), primaryKey);
    }

    @Override
    public List<Map<String, Object>> findAll(Entity entity, Field field, Collection<?> values, List<Filter> filters) {
        return live(entity).stream().filter(row -> values.stream().anyMatch(v -> Values.same(row.get(field.name()), v)))
                .filter(row -> Values.matches(row, filters)).map(row -> Values.readable(entity, row)).toList();
    }

    @Override
    public Map<String, Object> insert(Entity entity, Map<String, Object> values) {
        statements++;
        Object key = add(entity, values);
        return Values.readable(entity, rows(entity).get(key));
    }

    @Override
    public List<Map<String, Object>> insertAll(Entity entity, List<Map<String, Object>> rows) {
        statements += rows.isEmpty() ? 0 : 1; // nothing to insert: no round trip
        return rows.stream().map(values -> Values.readable(entity, rows(entity).get(add(entity, values)))).toList();
    }

    @Override
    public boolean insertIfAbsent(Entity entity, Map<String, Object> values) {
        statements++;
        if (conflict(entity, values, null)) {
            return false;
        }
        add(entity, values);
        return true;
    }

    private Object add(Entity entity, Map<String, Object> values) {
        Map<String, Object> row = new HashMap<>(values);
        String pk = entity.primaryKey().field();
        if (row.get(pk) == null && entity.primaryKey().generated()) {
            row.put(pk, switch (entity.pkField().type()) {
                case UUID -> UUID.randomUUID();
                case INT -> (int) sequence.incrementAndGet();
                default -> sequence.incrementAndGet();
            });
        }
        check(entity, row, null);
        rows(entity).put(row.get(pk), row);
        return row.get(pk);
    }

    private void check(Entity entity, Map<String, Object> row, Object ownKey) {
        if (refusals.stream().anyMatch(refused -> refused.test(row))) {
            throw RocketException.validation(List.of());
        }
        if (conflict(entity, row, ownKey)) {
            throw RocketException.of(ErrorCode.CONFLICT, "A " + entity.name() + " with this value already exists");
        }
    }

    /** Whether a live row other than {@code ownKey} holds one of the row's unique values (or its key). */
    private boolean conflict(Entity entity, Map<String, Object> row, Object ownKey) {
        for (Field field : entity.fields()) {
            boolean unique = field.unique() || field.name().equals(entity.primaryKey().field());
            Object value = row.get(field.name());
            if (unique && value != null && rows(entity).values().stream().filter(other -> isLive(entity, other))
                    .filter(other -> !Objects.equals(other.get(entity.primaryKey().field()), ownKey))
                    .anyMatch(other -> Values.same(other.get(field.name()), value))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<Map<String, Object>> update(Entity entity, Object primaryKey, Map<String, Object> values) {
        statements++;
        return change(entity, primaryKey, values) == 0 ? Optional.empty()
                : Optional.of(Values.readable(entity, rows(entity).get(primaryKey)));
    }

    private int change(Entity entity, Object primaryKey, Map<String, Object> values) {
        Map<String, Object> row = rows(entity).get(primaryKey);
        if (row == null || !isLive(entity, row)) {
            return 0;
        }
        Map<String, Object> changed = new HashMap<>(row);
        changed.putAll(values);
        check(entity, changed, primaryKey);
        row.putAll(values);
        return 1;
    }

    @Override
    public void updateAll(Entity entity, Map<Object, Map<String, Object>> rows) {
        statements += rows.isEmpty() ? 0 : 1;
        rows.forEach((key, values) -> change(entity, key, values));
    }

    @Override
    public int delete(Entity entity, Object primaryKey) {
        return deleteAll(entity, List.of(primaryKey));
    }

    @Override
    public int deleteAll(Entity entity, Collection<?> primaryKeys) {
        statements += primaryKeys.isEmpty() ? 0 : 1;
        int deleted = 0;
        for (Object key : primaryKeys) {
            Map<String, Object> row = rows(entity).get(key);
            if (row != null && isLive(entity, row)) {
                remove(entity, key);
                deleted++;
            }
        }
        return deleted;
    }

    private void remove(Entity entity, Object key) {
        if (entity.softDelete()) {
            rows(entity).get(key).put(Entity.DELETED_AT, OffsetDateTime.now(ZoneOffset.UTC));
        } else {
            rows(entity).remove(key);
        }
    }

    @Override
    public List<Object> deleteWhere(Entity entity, Field field, Object value) {
        List<Object> keys = live(entity).stream().filter(row -> Values.same(row.get(field.name()), value))
                .map(row -> row.get(entity.primaryKey().field())).toList();
        keys.forEach(key -> remove(entity, key));
        return keys;
    }

    @Override
    public List<Object> setNull(Entity entity, Field field, Object value) {
        statements++;
        List<Object> changed = new ArrayList<>();
        for (Map<String, Object> row : rows(entity).values()) {
            if (Values.same(row.get(field.name()), value)) {
                row.put(field.name(), null);
                changed.add(row.get(entity.primaryKey().field()));
            }
        }
        return changed;
    }

    @Override
    public long countWhere(Entity entity, Field field, Object value) {
        return live(entity).stream().filter(row -> Values.same(row.get(field.name()), value)).count();
    }

    @Override
    public List<Map.Entry<Object, Object>> links(Relation relation, String joinColumn, Collection<?> ids) {
        statements++;
        boolean bySource = joinColumn.equals(relation.sourceJoinKey());
        return join(relation).stream().filter(link -> ids.stream()
                .anyMatch(id -> Values.same(bySource ? link.getKey() : link.getValue(), id))).toList();
    }

    @Override
    public void link(Relation relation, Object sourceId, Object targetId, boolean ignoreConflict) {
        statements++;
        boolean exists = join(relation).stream().anyMatch(l -> Values.same(l.getKey(), sourceId)
                && Values.same(l.getValue(), targetId));
        if (exists && !ignoreConflict) {
            throw RocketException.of(ErrorCode.CONFLICT, "The link already exists");
        } else if (!exists) {
            join(relation).add(Map.entry(sourceId, targetId));
        }
    }

    @Override
    public int unlink(Relation relation, Object sourceId, Object targetId) {
        statements++;
        List<Map.Entry<Object, Object>> links = join(relation);
        int before = links.size();
        links.removeIf(l -> Values.same(l.getKey(), sourceId) && (targetId == null || Values.same(l.getValue(),
                targetId)));
        return before - links.size();
    }

    private List<Map.Entry<Object, Object>> join(Relation relation) {
        return joins.computeIfAbsent(relation.joinTable(), table -> new ArrayList<>());
    }
}

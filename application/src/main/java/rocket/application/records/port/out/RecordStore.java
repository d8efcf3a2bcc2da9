package rocket.application.records.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.query.Filter;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * Rows of an app's business tables. Rows are maps of field name to column value (String, Integer, Long, Double,
 * BigDecimal, Boolean, UUID, OffsetDateTime, LocalDate, or parsed JSON). Every read ignores soft-deleted rows.
 * Write failures the client caused come back as RocketExceptions (unique value → CONFLICT, bad value → 422).
 */
public interface RecordStore {
    List<Map<String, Object>> list(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset);

    /**
     * At most {@code limit} rows meeting the filters in the keyset's order, strictly after its position (from the
     * start when it has none). Rows are selected by their order values — a row-value comparison, or its expansion
     * when directions are mixed or a value is NULL — never by skipping rows, so a page costs the same at any depth
     * when an index serves the order.
     */
    List<Map<String, Object>> listAfter(Entity entity, List<Filter> filters, Keyset position, int limit);

    long count(Entity entity, List<Filter> filters);

    /** {@link #list} and {@link #count} of the same filters together: an adapter may get both in one round trip. */
    default CountedRows listCounted(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset) {
        return new CountedRows(list(entity, filters, sorts, limit, offset), count(entity, filters));
    }

    /** The query planner's estimate of {@link #count} (cheap, approximate: never scans the rows). */
    long estimateCount(Entity entity, List<Filter> filters);

    Optional<Map<String, Object>> findOne(Entity entity, Field field, Object value);

    /**
     * Rows whose field is one of the values and that meet every filter (batched include loading, child scans; the
     * filters carry the caller's read conditions).
     */
    List<Map<String, Object>> findAll(Entity entity, Field field, Collection<?> values, List<Filter> filters);

    /** Inserts and returns the row as stored (defaults and generated key included), in the same round trip. */
    Map<String, Object> insert(Entity entity, Map<String, Object> values);

    /** Inserts the rows in one statement and returns them as stored, in order. */
    List<Map<String, Object>> insertAll(Entity entity, List<Map<String, Object>> rows);

    /** Inserts unless a unique key already holds the row (sample data); returns true when a row was added. */
    boolean insertIfAbsent(Entity entity, Map<String, Object> values);

    /**
     * The live row with that key, locked until the transaction ends ({@code SELECT … FOR UPDATE}): a concurrent
     * writer of the row waits for this transaction, and a lock that had to wait returns the row as the other writer
     * left it (empty when that writer deleted it). Empty when no live row has that key.
     */
    Optional<Map<String, Object>> lock(Entity entity, Object primaryKey);

    /** Updates the live row with that key and returns it as stored; empty when no live row has that key. */
    Optional<Map<String, Object>> update(Entity entity, Object primaryKey, Map<String, Object> values);

    /** Updates live rows (primary key → values) in one round trip. */
    void updateAll(Entity entity, Map<Object, Map<String, Object>> rows);

    /** Soft-deletes (soft-delete entities) or deletes the live row; returns rows affected. */
    int delete(Entity entity, Object primaryKey);

    /** Soft-deletes or deletes the live rows with these primary keys in one statement; returns rows affected. */
    int deleteAll(Entity entity, Collection<?> primaryKeys);

    /**
     * Soft-deletes or deletes every live row whose field equals the value (cascades); returns their primary keys
     * (the change log records each).
     */
    List<Object> deleteWhere(Entity entity, Field field, Object value);

    /**
     * Sets the field to NULL on every row (soft-deleted ones too) whose field equals the value; returns their
     * primary keys.
     */
    List<Object> setNull(Entity entity, Field field, Object value);

    long countWhere(Entity entity, Field field, Object value);

    /** Join rows of a many-to-many relation as (source id, target id) pairs, in insertion order. */
    List<Map.Entry<Object, Object>> links(Relation relation, String joinColumn, Collection<?> ids);

    /** Inserts a join row; with {@code ignoreConflict} an existing link is left as is. */
    void link(Relation relation, Object sourceId, Object targetId, boolean ignoreConflict);

    /** Deletes one join row, or all of the source's when {@code targetId} is null. */
    int unlink(Relation relation, Object sourceId, Object targetId);
}

package rocket.adapters.persistence.replica;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import rocket.adapters.persistence.records.JooqRecordStore;
import rocket.adapters.persistence.sql.ConnectionPools;
import rocket.adapters.persistence.sql.JooqContexts;
import rocket.adapters.persistence.sql.WrittenEntities;
import rocket.application.events.port.out.QueryObserver;
import rocket.application.records.port.out.CountedRows;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.query.Filter;
import rocket.domain.query.Keyset;
import rocket.domain.query.Sort;

/**
 * An app's records with reads outside a transaction routed by the {@link Replica}: to the app's database on the
 * replica when it has replayed every commit this instance knows of, else (and on any failure there) to the primary.
 * Writes, locks and every read inside a transaction stay on the primary. The replica pool opens on first use.
 */
public final class RoutedRecordStore implements RecordStore, AutoCloseable {
    private final RecordStore primary;
    private final Replica replica;
    private final String database;
    private final WrittenEntities written;
    private final QueryObserver queries;
    private HikariDataSource pool;
    private DSLContext replicaDsl;
    private RecordStore onReplica;
    private boolean closed;

    public RoutedRecordStore(RecordStore primary, Replica replica, String database, WrittenEntities written,
                             QueryObserver queries) {
        this.primary = primary;
        this.replica = replica;
        this.database = database;
        this.written = written;
        this.queries = queries;
    }

    private <T> T read(Function<RecordStore, T> query) {
        if (written.inTransaction()) {
            return query.apply(primary);
        }
        ReplicaRoute route = replica.route(database, () -> WalPositions.replayed(replicaDsl()));
        if (route == ReplicaRoute.REPLICA) {
            try {
                T answer = query.apply(onReplica());
                replica.served(ReplicaRoute.REPLICA);
                return answer;
            } catch (RuntimeException e) {
                route = replica.failed(e);
            }
        }
        replica.served(route);
        return query.apply(primary);
    }

    private synchronized DSLContext replicaDsl() {
        if (closed) {
            throw new IllegalStateException("the app database is closed");
        }
        if (replicaDsl == null) {
            pool = ConnectionPools.replica(replica.settings(), database, replica.metrics());
            replicaDsl = JooqContexts.on(pool, queries);
            onReplica = new JooqRecordStore(replicaDsl, written); // reads only: nothing is reported as written
        }
        return replicaDsl;
    }

    private synchronized RecordStore onReplica() {
        replicaDsl();
        return onReplica;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    public List<Map<String, Object>> list(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset) {
        return read(store -> store.list(entity, filters, sorts, limit, offset));
    }

    @Override
    public List<Map<String, Object>> listAfter(Entity entity, List<Filter> filters, Keyset position, int limit) {
        return read(store -> store.listAfter(entity, filters, position, limit));
    }

    @Override
    public long count(Entity entity, List<Filter> filters) {
        return read(store -> store.count(entity, filters));
    }

    @Override
    public CountedRows listCounted(Entity entity, List<Filter> filters, List<Sort> sorts, int limit, int offset) {
        return read(store -> store.listCounted(entity, filters, sorts, limit, offset));
    }

    @Override
    public long estimateCount(Entity entity, List<Filter> filters) {
        return read(store -> store.estimateCount(entity, filters));
    }

    @Override
    public Optional<Map<String, Object>> findOne(Entity entity, Field field, Object value) {
        return read(store -> store.findOne(entity, field, value));
    }

    @Override
    public List<Map<String, Object>> findAll(Entity entity, Field field, Collection<?> values, List<Filter> filters) {
        return read(store -> store.findAll(entity, field, values, filters));
    }

    @Override
    public long countWhere(Entity entity, Field field, Object value) {
        return read(store -> store.countWhere(entity, field, value));
    }

    @Override
    public List<Map.Entry<Object, Object>> links(Relation relation, String joinColumn, Collection<?> ids) {
        return read(store -> store.links(relation, joinColumn, ids));
    }

    @Override
    public Map<String, Object> insert(Entity entity, Map<String, Object> values) {
        return primary.insert(entity, values);
    }

    @Override
    public List<Map<String, Object>> insertAll(Entity entity, List<Map<String, Object>> rows) {
        return primary.insertAll(entity, rows);
    }

    @Override
    public boolean insertIfAbsent(Entity entity, Map<String, Object> values) {
        return primary.insertIfAbsent(entity, values);
    }

    @Override
    public Optional<Map<String, Object>> lock(Entity entity, Object primaryKey) {
        return primary.lock(entity, primaryKey);
    }

    @Override
    public Optional<Map<String, Object>> update(Entity entity, Object primaryKey, Map<String, Object> values) {
        return primary.update(entity, primaryKey, values);
    }

    @Override
    public void updateAll(Entity entity, Map<Object, Map<String, Object>> rows) {
        primary.updateAll(entity, rows);
    }

    @Override
    public int delete(Entity entity, Object primaryKey) {
        return primary.delete(entity, primaryKey);
    }

    @Override
    public int deleteAll(Entity entity, Collection<?> primaryKeys) {
        return primary.deleteAll(entity, primaryKeys);
    }

    @Override
    public List<Object> deleteWhere(Entity entity, Field field, Object value) {
        return primary.deleteWhere(entity, field, value);
    }

    @Override
    public List<Object> setNull(Entity entity, Field field, Object value) {
        return primary.setNull(entity, field, value);
    }

    @Override
    public void link(Relation relation, Object sourceId, Object targetId, boolean ignoreConflict) {
        primary.link(relation, sourceId, targetId, ignoreConflict);
    }

    @Override
    public int unlink(Relation relation, Object sourceId, Object targetId) {
        return primary.unlink(relation, sourceId, targetId);
    }
}

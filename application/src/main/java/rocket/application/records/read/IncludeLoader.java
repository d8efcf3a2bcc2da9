package rocket.application.records.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import rocket.application.records.port.out.RecordStore;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.Field;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationType;
import rocket.domain.permission.ReadScope;
import rocket.domain.query.Filter;
import rocket.domain.query.Include;

/**
 * Loads includes with one batched query per relation (two for many-to-many), never one per row, and only rows the
 * caller may read: the included entity's row filter goes into that query as conditions (bound values). With
 * {@code parallel}, the includes of one read run concurrently on virtual threads, each on its own pool connection —
 * but only while at most {@code fanOutBelow} reads are loading includes at once. Fanning out buys latency when the
 * server has idle CPU and connections; under load, requests already overlap each other's waits and the extra threads
 * and connections only cost throughput (measured: -20 % at 64 connections on 2 cores), so busy reads run inline.
 * Only reads outside a transaction come here: a transaction's connection is bound to its thread.
 */
public final class IncludeLoader {
    private final boolean parallel;
    private final int fanOutBelow;
    private final AtomicInteger loading = new AtomicInteger();

    public IncludeLoader(boolean parallel, int fanOutBelow) {
        this.parallel = parallel;
        this.fanOutBelow = fanOutBelow;
    }

    /** Adds one key per include to each JSON record; {@code rows} are the stored rows behind {@code records}. */
    void attach(RecordStore store, AppMetadata metadata, Entity entity, List<Map<String, Object>> rows,
                List<Map<String, Object>> records, List<Include> includes, ReadScope scope) {
        if (rows.isEmpty() || includes.isEmpty()) {
            return;
        }
        List<Callable<List<Object>>> loads = includes.stream().<Callable<List<Object>>>map(include -> () -> load(
                new Related(store, metadata, scope.filters(include.link().other()),
                        scope.readable(include.link().other())), entity, rows, include)).toList();
        List<List<Object>> loaded;
        if (parallel && includes.size() > 1) {
            try {
                loaded = loading.incrementAndGet() <= fanOutBelow ? concurrently(loads) : inline(loads);
            } finally {
                loading.decrementAndGet();
            }
        } else {
            loaded = inline(loads);
        }
        for (int i = 0; i < includes.size(); i++) {
            for (int r = 0; r < records.size(); r++) {
                records.get(r).put(includes.get(i).key(), loaded.get(i).get(r));
            }
        }
    }

    private List<List<Object>> concurrently(List<Callable<List<Object>>> loads) {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (Callable<List<Object>> load : loads) {
                futures.add(threads.submit(load));
            }
            List<List<Object>> results = new ArrayList<>();
            for (Future<List<Object>> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading includes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static List<List<Object>> inline(List<Callable<List<Object>>> loads) {
        return loads.stream().map(IncludeLoader::call).toList();
    }

    private static List<Object> call(Callable<List<Object>> load) {
        try {
            return load.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where related rows come from: the store, the metadata, and the caller's row filter and readable fields of the
     * related entity.
     */
    private record Related(RecordStore store, AppMetadata metadata, Optional<List<Filter>> visible,
                           Optional<Set<String>> readable) {
        /** The visible rows of {@code entity} whose {@code field} is one of the values. */
        List<Map<String, Object>> rows(Entity entity, Field field, Collection<?> values) {
            return visible.map(filters -> store.findAll(entity, field, values, filters)).orElse(List.of());
        }

        /** A related row as the caller sees it. */
        Map<String, Object> json(Entity entity, Map<String, Object> row) {
            return RecordJson.of(entity, row, readable);
        }
    }

    /** The include's value for each row, in row order. */
    private static List<Object> load(Related related, Entity entity, List<Map<String, Object>> rows, Include include) {
        Relation relation = include.link().relation();
        if (relation.type() == RelationType.MANY_TO_MANY) {
            return manyToMany(related, entity, rows, include);
        }
        return include.link().fromSource() ? children(related, entity, rows, include) : parent(related, rows, include);
    }

    private static List<Object> children(Related related, Entity entity, List<Map<String, Object>> rows,
                                         Include include) {
        Relation relation = include.link().relation();
        Entity target = related.metadata().entity(relation.target());
        Field foreignKey = target.field(relation.targetKey()).orElseThrow();
        Map<Object, List<Map<String, Object>>> byParent = new HashMap<>();
        for (Map<String, Object> child : related.rows(target, foreignKey, keys(rows, entity.primaryKey().field()))) {
            byParent.computeIfAbsent(child.get(foreignKey.name()), k -> new ArrayList<>()).add(related.json(target, child));
        }
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<Map<String, Object>> found = byParent.getOrDefault(row.get(entity.primaryKey().field()), List.of());
            values.add(relation.type() == RelationType.ONE_TO_ONE ? (found.isEmpty() ? null : found.get(0)) : found);
        }
        return values;
    }

    private static List<Object> parent(Related related, List<Map<String, Object>> rows, Include include) {
        Relation relation = include.link().relation();
        Entity source = related.metadata().entity(relation.source());
        Field sourceKey = source.field(relation.sourceKey()).orElseThrow();
        Map<Object, Map<String, Object>> byKey = new HashMap<>();
        for (Map<String, Object> parent : related.rows(source, sourceKey, keys(rows, relation.targetKey()))) {
            byKey.put(parent.get(sourceKey.name()), related.json(source, parent));
        }
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object fk = row.get(relation.targetKey());
            values.add(fk == null ? null : byKey.get(fk));
        }
        return values;
    }

    private static List<Object> manyToMany(Related related, Entity entity, List<Map<String, Object>> rows,
                                           Include include) {
        Relation relation = include.link().relation();
        boolean forward = include.link().fromSource();
        Entity other = related.metadata().entity(forward ? relation.target() : relation.source());
        String ownColumn = forward ? relation.sourceJoinKey() : relation.targetJoinKey();
        List<Map.Entry<Object, Object>> links = related.store().links(relation, ownColumn,
                keys(rows, entity.primaryKey().field()));
        Map<Object, List<Object>> otherIdsByOwn = new HashMap<>();
        Set<Object> otherIds = new LinkedHashSet<>();
        for (Map.Entry<Object, Object> link : links) {
            Object own = forward ? link.getKey() : link.getValue();
            Object otherId = forward ? link.getValue() : link.getKey();
            otherIdsByOwn.computeIfAbsent(own, k -> new ArrayList<>()).add(otherId);
            otherIds.add(otherId);
        }
        Field otherKey = forward ? other.pkField() : other.field(relation.sourceKey()).orElseThrow();
        Map<Object, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> row : related.rows(other, otherKey, otherIds)) {
            byId.put(row.get(otherKey.name()), related.json(other, row));
        }
        List<Object> values = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            values.add(otherIdsByOwn.getOrDefault(row.get(entity.primaryKey().field()), List.of()).stream()
                    .map(byId::get).filter(Objects::nonNull).toList());
        }
        return values;
    }

    private static Set<Object> keys(List<Map<String, Object>> rows, String column) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) {
            if (row.get(column) != null) {
                keys.add(row.get(column));
            }
        }
        return keys;
    }
}

package rocket.application.definitions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.StoredDefinition;

/** A {@link MetadataStore} in memory, by name; deleting an entity deletes its relations, as the tables do. */
public final class InMemoryMetadataStore implements MetadataStore {
    private static final Instant SAVED = Instant.parse("2026-01-01T00:00:00Z");
    private final Map<String, StoredDefinition> entities = new TreeMap<>();
    private final Map<String, StoredDefinition> relations = new TreeMap<>();

    @Override
    public List<StoredDefinition> entities() {
        return new ArrayList<>(entities.values());
    }

    @Override
    public Optional<StoredDefinition> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    @Override
    public boolean insertEntity(String name, String tableName, Map<String, Object> definition) {
        return entities.putIfAbsent(name, new StoredDefinition(name, tableName, null, null, definition, SAVED,
                SAVED)) == null;
    }

    @Override
    public boolean updateEntity(String name, String tableName, Map<String, Object> definition) {
        return entities.computeIfPresent(name, (key, old) -> new StoredDefinition(name, tableName, null, null,
                definition, old.createdAt(), SAVED)) != null;
    }

    @Override
    public boolean deleteEntity(String name) {
        relations.values().removeIf(r -> r.source().equals(name) || r.target().equals(name));
        return entities.remove(name) != null;
    }

    @Override
    public List<StoredDefinition> relations() {
        return new ArrayList<>(relations.values());
    }

    @Override
    public Optional<StoredDefinition> relation(String name) {
        return Optional.ofNullable(relations.get(name));
    }

    @Override
    public boolean insertRelation(String name, String source, String target, Map<String, Object> definition) {
        return relations.putIfAbsent(name, new StoredDefinition(name, null, source, target, definition, SAVED,
                SAVED)) == null;
    }

    @Override
    public boolean updateRelation(String name, String source, String target, Map<String, Object> definition) {
        return relations.computeIfPresent(name, (key, old) -> new StoredDefinition(name, null, source, target,
                definition, old.createdAt(), SAVED)) != null;
    }

    @Override
    public boolean deleteRelation(String name) {
        return relations.remove(name) != null;
    }
}

package rocket.application.definitions.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An app's entity and relation definitions ({@code _entities}, {@code _relations}). */
public interface MetadataStore {
    List<StoredDefinition> entities();

    Optional<StoredDefinition> entity(String name);

    /** Inserts; returns false when an entity of that name exists. */
    boolean insertEntity(String name, String tableName, Map<String, Object> definition);

    boolean updateEntity(String name, String tableName, Map<String, Object> definition);

    /** Deletes the entity and every relation where it is source or target. */
    boolean deleteEntity(String name);

    List<StoredDefinition> relations();

    Optional<StoredDefinition> relation(String name);

    boolean insertRelation(String name, String source, String target, Map<String, Object> definition);

    boolean updateRelation(String name, String source, String target, Map<String, Object> definition);

    boolean deleteRelation(String name);
}

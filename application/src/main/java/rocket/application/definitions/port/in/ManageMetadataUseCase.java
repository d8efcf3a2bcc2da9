package rocket.application.definitions.port.in;

import java.util.List;
import java.util.Map;
import rocket.application.definitions.port.out.StoredDefinition;

/**
 * Entity and relation administration. Every accepted change migrates the database and swaps the app's
 * metadata snapshot before returning; a failed migration leaves metadata and tables unchanged.
 */
public interface ManageMetadataUseCase {
    List<StoredDefinition> listEntities(String app);

    StoredDefinition getEntity(String app, String name);

    /** Returns the normalised definition. */
    Map<String, Object> createEntity(String app, Map<String, Object> definition);

    Map<String, Object> updateEntity(String app, String name, Map<String, Object> definition);

    void deleteEntity(String app, String name);

    List<StoredDefinition> listRelations(String app);

    StoredDefinition getRelation(String app, String name);

    Map<String, Object> createRelation(String app, Map<String, Object> definition);

    Map<String, Object> updateRelation(String app, String name, Map<String, Object> definition);

    void deleteRelation(String app, String name);
}

package rocket.application.definitions.port.in;

import java.util.List;
import java.util.Map;
import rocket.application.definitions.port.out.StoredDefinition;
import rocket.domain.app.AppName;

/**
 * Entity and relation administration. Every accepted change migrates the database and swaps the app's
 * metadata snapshot before returning; a failed migration leaves metadata and tables unchanged.
 */
public interface ManageMetadataUseCase {
    List<StoredDefinition> listEntities(AppName app);

    StoredDefinition getEntity(AppName app, String name);

    /** Returns the normalised definition. */
    Map<String, Object> createEntity(AppName app, Map<String, Object> definition);

    Map<String, Object> updateEntity(AppName app, String name, Map<String, Object> definition);

    void deleteEntity(AppName app, String name);

    List<StoredDefinition> listRelations(AppName app);

    StoredDefinition getRelation(AppName app, String name);

    Map<String, Object> createRelation(AppName app, Map<String, Object> definition);

    Map<String, Object> updateRelation(AppName app, String name, Map<String, Object> definition);

    void deleteRelation(AppName app, String name);
}

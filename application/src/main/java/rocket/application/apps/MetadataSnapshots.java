package rocket.application.apps;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.definitions.port.out.MetadataStore;
import rocket.application.definitions.port.out.StoredDefinition;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationDefinitions;

/** Builds an app's metadata snapshot from its stored definitions; a definition that no longer parses is skipped. */
final class MetadataSnapshots {
    private static final System.Logger LOG = System.getLogger(MetadataSnapshots.class.getName());

    private MetadataSnapshots() {
    }

    static AppMetadata load(AppDatabase database) {
        MetadataStore store = database.metadata();
        List<Entity> entities = new ArrayList<>();
        for (StoredDefinition row : store.entities()) {
            try {
                entities.add(EntityDefinitions.parse(row.definition()));
            } catch (RocketException e) {
                LOG.log(Level.WARNING, "Skipping entity " + row.name() + ": " + e.getMessage());
            }
        }
        AppMetadata withEntities = new AppMetadata(entities, List.of());
        List<Relation> relations = new ArrayList<>();
        for (StoredDefinition row : store.relations()) {
            try {
                relations.add(RelationDefinitions.parse(row.definition(), withEntities));
            } catch (RocketException e) {
                LOG.log(Level.WARNING, "Skipping relation " + row.name() + ": " + e.getMessage());
            }
        }
        return new AppMetadata(entities, relations, decoded(database, DefinitionKinds.PERMISSIONS),
                decoded(database, DefinitionKinds.RULES), decoded(database, DefinitionKinds.STATE_MACHINES),
                decoded(database, DefinitionKinds.WORKFLOWS), decoded(database, DefinitionKinds.WEBHOOKS));
    }

    private static <T> List<T> decoded(AppDatabase database, DefinitionKind<T> kind) {
        List<T> values = new ArrayList<>();
        for (DefinitionRow row : database.definitions().list(kind)) {
            try {
                values.add(kind.codec().decode(row));
            } catch (RocketException e) {
                LOG.log(Level.WARNING, "Skipping " + kind.label() + " " + row.id() + ": " + e.getMessage());
            }
        }
        return values;
    }
}

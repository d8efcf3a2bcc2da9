package rocket.application.definitions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.definitions.port.in.ManageMetadataUseCase;
import rocket.application.definitions.port.out.StoredDefinition;
import rocket.domain.app.AppName;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.AppMetadata;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.EntityDefinitions;
import rocket.domain.metadata.Relation;
import rocket.domain.metadata.RelationDefinitions;
import rocket.domain.metadata.RelationType;

/** Entities and relations: validate, store and migrate in one transaction, then publish the new snapshot. */
public final class MetadataService implements ManageMetadataUseCase {
    private final AppStores<AppContext> contexts;
    private final AppStores<DefinitionStores> stores;

    public MetadataService(AppStores<AppContext> contexts, AppStores<DefinitionStores> stores) {
        this.contexts = contexts;
        this.stores = stores;
    }

    @Override
    public List<StoredDefinition> listEntities(AppName app) {
        return stores.of(app.value()).metadata().entities();
    }

    @Override
    public StoredDefinition getEntity(AppName app, String name) {
        return stores.of(app.value()).metadata().entity(name)
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "Entity not found: " + name));
    }

    @Override
    public Map<String, Object> createEntity(AppName app, Map<String, Object> definition) {
        AppContext context = contexts.of(app.value());
        Entity entity = EntityDefinitions.parse(definition);
        requireTableFree(context.metadata(), entity);
        DefinitionStores db = stores.of(app.value());
        Map<String, Object> normalised = EntityDefinitions.toMap(entity);
        db.transactions().inTransaction(() -> {
            if (!db.metadata().insertEntity(entity.name(), entity.table(), normalised)) {
                throw RocketException.of(ErrorCode.CONFLICT, "Entity already exists: " + entity.name());
            }
            db.schema().migrate(entity);
            return null;
        });
        context.reloadMetadata();
        return normalised;
    }

    @Override
    public Map<String, Object> updateEntity(AppName app, String name, Map<String, Object> definition) {
        AppContext context = contexts.of(app.value());
        DefinitionStores db = stores.of(app.value());
        getEntity(app, name);
        Map<String, Object> named = new LinkedHashMap<>(definition);
        named.put("name", name); // the path wins over the body
        Entity entity = EntityDefinitions.parse(named);
        requireTableFree(context.metadata(), entity);
        Map<String, Object> normalised = EntityDefinitions.toMap(entity);
        db.transactions().inTransaction(() -> {
            db.metadata().updateEntity(name, entity.table(), normalised);
            db.schema().migrate(entity);
            return null;
        });
        context.reloadMetadata();
        return normalised;
    }

    @Override
    public void deleteEntity(AppName app, String name) {
        AppContext context = contexts.of(app.value());
        if (!stores.of(app.value()).metadata().deleteEntity(name)) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "Entity not found: " + name);
        }
        context.reloadMetadata();
    }

    @Override
    public List<StoredDefinition> listRelations(AppName app) {
        return stores.of(app.value()).metadata().relations();
    }

    @Override
    public StoredDefinition getRelation(AppName app, String name) {
        return stores.of(app.value()).metadata().relation(name)
                .orElseThrow(() -> RocketException.of(ErrorCode.NOT_FOUND, "Relation not found: " + name));
    }

    @Override
    public Map<String, Object> createRelation(AppName app, Map<String, Object> definition) {
        AppContext context = contexts.of(app.value());
        AppMetadata metadata = context.metadata();
        Relation relation = RelationDefinitions.parse(definition, metadata);
        DefinitionStores db = stores.of(app.value());
        Map<String, Object> normalised = RelationDefinitions.toMap(relation);
        db.transactions().inTransaction(() -> {
            if (!db.metadata().insertRelation(relation.name(), relation.source(), relation.target(), normalised)) {
                throw RocketException.of(ErrorCode.CONFLICT, "Relation already exists: " + relation.name());
            }
            migrateRelation(db, metadata, relation, true);
            return null;
        });
        context.reloadMetadata();
        return normalised;
    }

    @Override
    public Map<String, Object> updateRelation(AppName app, String name, Map<String, Object> definition) {
        AppContext context = contexts.of(app.value());
        getRelation(app, name);
        Map<String, Object> named = new LinkedHashMap<>(definition);
        named.put("name", name);
        Relation relation = RelationDefinitions.parse(named, context.metadata());
        DefinitionStores db = stores.of(app.value());
        Map<String, Object> normalised = RelationDefinitions.toMap(relation);
        db.transactions().inTransaction(() -> {
            db.metadata().updateRelation(name, relation.source(), relation.target(), normalised);
            migrateRelation(db, context.metadata(), relation, false);
            return null;
        });
        context.reloadMetadata();
        return normalised;
    }

    @Override
    public void deleteRelation(AppName app, String name) {
        AppContext context = contexts.of(app.value());
        if (!stores.of(app.value()).metadata().deleteRelation(name)) {
            throw RocketException.of(ErrorCode.NOT_FOUND, "Relation not found: " + name);
        }
        context.reloadMetadata();
    }

    /** The join table is made only when the relation is created (as the contract says); FK indexes always. */
    private static void migrateRelation(DefinitionStores db, AppMetadata metadata, Relation relation, boolean created) {
        Entity source = metadata.entity(relation.source());
        Entity target = metadata.entity(relation.target());
        if (relation.type() == RelationType.MANY_TO_MANY) {
            if (created) {
                db.schema().createJoinTable(relation, source, target);
            }
        } else {
            db.schema().indexForeignKey(relation, target);
        }
    }

    private static void requireTableFree(AppMetadata metadata, Entity entity) {
        metadata.entities().stream()
                .filter(other -> other.table().equals(entity.table()) && !other.name().equals(entity.name()))
                .findFirst().ifPresent(other -> {
                    throw RocketException.of(ErrorCode.VALIDATION_FAILED,
                            "table " + entity.table() + " is already used by entity " + other.name());
                });
    }
}

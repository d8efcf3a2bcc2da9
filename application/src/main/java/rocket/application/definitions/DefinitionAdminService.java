package rocket.application.definitions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.AppRegistry;
import rocket.application.definitions.port.in.ManageDefinitionsUseCase;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;

/** Any kind of definition: decoded, validated, stored, and published with the app's metadata snapshot. */
public final class DefinitionAdminService implements ManageDefinitionsUseCase {
    private final AppRegistry apps;
    private final DefinitionSpecs specs;

    public DefinitionAdminService(AppRegistry apps, DefinitionSpecs specs) {
        this.apps = apps;
        this.specs = specs;
    }

    @Override
    public List<DefinitionRow> list(String app, DefinitionKind<?> kind) {
        return store(app).list(kind).stream().map(row -> DefinitionWrites.canonical(kind, row)).toList();
    }

    @Override
    public DefinitionRow get(String app, DefinitionKind<?> kind, String id) {
        DefinitionStore store = store(app);
        return Ids.parse(id).flatMap(uuid -> store.find(kind, uuid)).map(row -> DefinitionWrites.canonical(kind, row))
                .orElseThrow(() -> notFound(kind, id));
    }

    @Override
    public DefinitionRow create(String app, DefinitionKind<?> kind, Map<String, Object> document) {
        return create(apps.resolve(app), specs.of(kind), document);
    }

    @Override
    public DefinitionRow update(String app, DefinitionKind<?> kind, String id, Map<String, Object> document) {
        return update(apps.resolve(app), specs.of(kind), id, document);
    }

    @Override
    public UUID delete(String app, DefinitionKind<?> kind, String id) {
        AppContext context = apps.resolve(app);
        DefinitionStore store = context.database().definitions();
        UUID uuid = Ids.parse(id).filter(i -> store.delete(kind, i)).orElseThrow(() -> notFound(kind, id));
        publish(context, specs.of(kind));
        return uuid;
    }

    private static <T> DefinitionRow create(AppContext context, DefinitionSpec<T> spec, Map<String, Object> document) {
        T value = DefinitionWrites.decode(spec, document);
        DefinitionRow created = DefinitionWrites.insert(context, spec, value);
        publish(context, spec);
        return DefinitionWrites.canonical(spec.kind(), created);
    }

    private static <T> DefinitionRow update(AppContext context, DefinitionSpec<T> spec, String id,
                                            Map<String, Object> document) {
        T value = DefinitionWrites.decode(spec, document); // a malformed document is refused before a missing id
        DefinitionStore store = context.database().definitions();
        UUID uuid = Ids.parse(id).filter(i -> store.find(spec.kind(), i).isPresent())
                .orElseThrow(() -> notFound(spec.kind(), id));
        DefinitionRow updated = DefinitionWrites.update(context, spec, uuid, value)
                .orElseThrow(() -> notFound(spec.kind(), id));
        publish(context, spec);
        return DefinitionWrites.canonical(spec.kind(), updated);
    }

    private static void publish(AppContext context, DefinitionSpec<?> spec) {
        if (spec.inSnapshot()) {
            context.reloadMetadata();
        }
    }

    private DefinitionStore store(String app) {
        return apps.resolve(app).database().definitions();
    }

    private static RocketException notFound(DefinitionKind<?> kind, String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, kind.label() + " not found: " + id);
    }
}

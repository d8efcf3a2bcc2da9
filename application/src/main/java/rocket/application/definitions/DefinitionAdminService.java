package rocket.application.definitions;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.definitions.port.in.ManageDefinitionsUseCase;
import rocket.application.definitions.port.out.DefinitionStore;
import rocket.domain.app.AppName;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;

/** Any kind of definition: decoded, validated, stored, and published with the app's metadata snapshot. */
public final class DefinitionAdminService implements ManageDefinitionsUseCase {
    private final AppStores<AppContext> contexts;
    private final AppStores<DefinitionStores> stores;
    private final DefinitionSpecs specs;

    public DefinitionAdminService(AppStores<AppContext> contexts, AppStores<DefinitionStores> stores,
                                  DefinitionSpecs specs) {
        this.contexts = contexts;
        this.stores = stores;
        this.specs = specs;
    }

    @Override
    public List<DefinitionRow> list(AppName app, DefinitionKind<?> kind) {
        return store(app).list(kind).stream().map(row -> DefinitionWrites.canonical(kind, row)).toList();
    }

    @Override
    public DefinitionRow get(AppName app, DefinitionKind<?> kind, String id) {
        DefinitionStore store = store(app);
        return Ids.parse(id).flatMap(uuid -> store.find(kind, uuid)).map(row -> DefinitionWrites.canonical(kind, row))
                .orElseThrow(() -> notFound(kind, id));
    }

    @Override
    public DefinitionRow create(AppName app, DefinitionKind<?> kind, Map<String, Object> document) {
        return create(contexts.of(app.value()), stores.of(app.value()), specs.of(kind), document);
    }

    @Override
    public DefinitionRow update(AppName app, DefinitionKind<?> kind, String id, Map<String, Object> document) {
        return update(contexts.of(app.value()), stores.of(app.value()), specs.of(kind), id, document);
    }

    @Override
    public UUID delete(AppName app, DefinitionKind<?> kind, String id) {
        AppContext context = contexts.of(app.value());
        DefinitionStore store = store(app);
        UUID uuid = Ids.parse(id).filter(i -> store.delete(kind, i)).orElseThrow(() -> notFound(kind, id));
        publish(context, specs.of(kind));
        return uuid;
    }

    private static <T> DefinitionRow create(AppContext context, DefinitionStores stores, DefinitionSpec<T> spec,
                                            Map<String, Object> document) {
        T value = DefinitionWrites.decode(spec, document);
        DefinitionRow created = DefinitionWrites.insert(context, stores, spec, value);
        publish(context, spec);
        return DefinitionWrites.canonical(spec.kind(), created);
    }

    private static <T> DefinitionRow update(AppContext context, DefinitionStores stores, DefinitionSpec<T> spec,
                                            String id, Map<String, Object> document) {
        T value = DefinitionWrites.decode(spec, document); // a malformed document is refused before a missing id
        UUID uuid = Ids.parse(id).filter(i -> stores.definitions().find(spec.kind(), i).isPresent())
                .orElseThrow(() -> notFound(spec.kind(), id));
        DefinitionRow updated = DefinitionWrites.update(context, stores, spec, uuid, value)
                .orElseThrow(() -> notFound(spec.kind(), id));
        publish(context, spec);
        return DefinitionWrites.canonical(spec.kind(), updated);
    }

    private static void publish(AppContext context, DefinitionSpec<?> spec) {
        if (spec.inSnapshot()) {
            context.reloadMetadata();
        }
    }

    private DefinitionStore store(AppName app) {
        return stores.of(app.value()).definitions();
    }

    private static RocketException notFound(DefinitionKind<?> kind, String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, kind.label() + " not found: " + id);
    }
}

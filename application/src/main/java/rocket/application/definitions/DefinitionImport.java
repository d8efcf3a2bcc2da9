package rocket.application.definitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rocket.application.apps.AppContext;
import rocket.domain.definition.DefinitionRow;

/**
 * Imports the items of one kind through {@link DefinitionWrites}, each in its own savepoint: an item the admin API
 * would refuse is reported with the API's message. Items whose identity is present are skipped (or, for kinds that
 * import by replacing, updated); each saved item's identity counts as present from then on.
 */
final class DefinitionImport<T> {
    private final AppContext context;
    private final DefinitionStores stores;
    private final DefinitionSpec<T> spec;
    private final Map<List<Object>, UUID> present = new HashMap<>();

    DefinitionImport(AppContext context, DefinitionStores stores, DefinitionSpec<T> spec) {
        this.context = context;
        this.stores = stores;
        this.spec = spec;
        for (DefinitionRow row : stores.definitions().list(spec.kind())) {
            present.put(spec.identity().apply(spec.kind().codec().decode(row)), row.id());
        }
    }

    void importAll(List<Map<String, Object>> items, ImportRun run) {
        String section = spec.kind().name();
        for (Map<String, Object> item : items) {
            run.row(section, spec.importLabel().apply(item), () -> importOne(item));
        }
    }

    /** True when the item was saved; false when it was present already. */
    private boolean importOne(Map<String, Object> item) {
        T value = DefinitionWrites.decode(spec, item);
        List<Object> identity = spec.identity().apply(value);
        UUID existing = present.get(identity);
        if (existing != null && !spec.importReplaces()) {
            return false;
        }
        DefinitionRow saved = existing == null ? DefinitionWrites.insert(context, stores, spec, value)
                : DefinitionWrites.update(context, stores, spec, existing, value).orElseThrow();
        present.put(identity, saved.id());
        return true;
    }
}

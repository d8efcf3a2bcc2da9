package rocket.application.definitions;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.application.auth.port.out.PasswordHasher;
import rocket.application.definitions.port.in.ExportImportUseCase;
import rocket.domain.app.AppName;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;

/**
 * Export and import of a whole app. An import runs in one transaction, each item in a savepoint: an item that
 * fails is reported and skipped, anything unexpected rolls the whole import back. Items go through the same
 * decoding and validation as the admin API ({@link DefinitionWrites}), so an import stores what the API would
 * store and refuses what it would refuse, with the same message; an export re-imports.
 */
public final class ExportImportService implements ExportImportUseCase {
    private final AppStores<AppContext> contexts;
    private final AppStores<DefinitionStores> stores;
    private final AppStores<SampleDataStores> sampleStores;
    private final MetadataService metadata;
    private final DefinitionSpecs specs;
    private final SampleDataImporter sampleData;
    private final Clock clock;

    public ExportImportService(AppStores<AppContext> contexts, AppStores<DefinitionStores> stores,
                               AppStores<SampleDataStores> sampleStores, MetadataService metadata,
                               DefinitionSpecs specs, PasswordHasher hasher, Clock clock) {
        this.contexts = contexts;
        this.stores = stores;
        this.sampleStores = sampleStores;
        this.metadata = metadata;
        this.specs = specs;
        this.sampleData = new SampleDataImporter(hasher, clock);
        this.clock = clock;
    }

    @Override
    public Map<String, Object> export(AppName app) {
        DefinitionStores db = stores.of(app.value());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", 1);
        doc.put("exported_at", clock.instant().toString());
        doc.put("entities", db.metadata().entities().stream().map(e -> e.definition()).toList());
        doc.put("relations", db.metadata().relations().stream().map(r -> r.definition()).toList());
        for (DefinitionSpec<?> spec : specs.all()) {
            DefinitionKind<?> kind = spec.kind();
            doc.put(kind.name(), db.definitions().list(kind).stream()
                    .map(row -> DefinitionWrites.canonical(kind, row).document()).toList());
        }
        return doc;
    }

    @Override
    public ImportResult importDocument(AppName app, Map<String, Object> doc) {
        if (!(doc.get("version") instanceof Number version) || version.intValue() != 1) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "Unsupported export version: " + doc.get("version"));
        }
        AppContext context = contexts.of(app.value());
        DefinitionStores db = stores.of(app.value());
        ImportRun run = new ImportRun(db.transactions());
        try {
            db.transactions().inTransaction(() -> {
                importAll(app, context, db, doc, run);
                return null;
            });
        } finally {
            context.reloadMetadata(); // whether committed or rolled back, publish what the database now holds
        }
        return new ImportResult(run.summary, run.errors);
    }

    private void importAll(AppName app, AppContext context, DefinitionStores db, Map<String, Object> doc,
                           ImportRun run) {
        for (Map<String, Object> item : objects(doc, "entities")) {
            Object name = item.get("name");
            if (name == null || item.get("table") == null || context.metadata().findEntity(String.valueOf(name)).isPresent()) {
                continue;
            }
            run.item("entities", "entity " + name, () -> metadata.createEntity(app, item));
        }
        for (Map<String, Object> item : objects(doc, "relations")) {
            Object name = item.get("name");
            if (name == null || context.metadata().relation(String.valueOf(name)).isPresent()) {
                continue;
            }
            run.item("relations", "relation " + name, () -> metadata.createRelation(app, item));
        }
        for (DefinitionSpec<?> spec : specs.all()) {
            new DefinitionImport<>(context, db, spec).importAll(objects(doc, spec.kind().name()), run);
        }
        context.reloadMetadata();
        sampleData.importAll(context.metadata(), sampleStores.of(app.value()), doc, run);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Map<String, Object> doc, String key) {
        if (!(doc.get(key) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }
}

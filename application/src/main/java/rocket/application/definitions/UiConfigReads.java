package rocket.application.definitions;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import rocket.application.apps.port.out.AppStores;
import rocket.application.definitions.port.in.ReadUiConfigsUseCase;
import rocket.domain.app.AppName;
import rocket.domain.definition.DefinitionKinds;
import rocket.domain.definition.DefinitionRow;
import rocket.domain.ui.UiConfig;

/** The default-scope UI configs every app user reads (an app has a handful, so they are filtered here). */
public final class UiConfigReads implements ReadUiConfigsUseCase {
    private final AppStores<DefinitionStores> stores;

    public UiConfigReads(AppStores<DefinitionStores> stores) {
        this.stores = stores;
    }

    @Override
    public List<DefinitionRow> defaultUiConfigs(AppName app) {
        return defaults(app).toList();
    }

    @Override
    public Optional<DefinitionRow> defaultUiConfig(AppName app, String entity) {
        return defaults(app).filter(row -> entity.equals(row.document().get("entity"))).findFirst();
    }

    /** Ordered by entity, as the store lists them by entity then scope. */
    private Stream<DefinitionRow> defaults(AppName app) {
        return stores.of(app.value()).definitions().list(DefinitionKinds.UI_CONFIGS).stream()
                .map(row -> DefinitionWrites.canonical(DefinitionKinds.UI_CONFIGS, row))
                .filter(row -> UiConfig.DEFAULT_SCOPE.equals(row.document().get("scope")));
    }
}

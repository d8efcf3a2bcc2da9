package rocket.application.definitions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.application.apps.AppRegistry;
import rocket.application.apps.port.out.AppDatabase;
import rocket.application.definitions.port.in.ManageUiConfigsUseCase;
import rocket.application.definitions.port.in.ReadUiConfigsUseCase;
import rocket.application.definitions.port.in.UiConfigCommand;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ids.Ids;
import rocket.domain.ui.UiConfig;

/** UI configs: opaque JSON per (entity, scope), administered by admins and read by every app user. */
public final class UiConfigService implements ManageUiConfigsUseCase, ReadUiConfigsUseCase {
    private final AppRegistry apps;

    public UiConfigService(AppRegistry apps) {
        this.apps = apps;
    }

    @Override
    public List<UiConfig> listUiConfigs(String app) {
        return database(app).uiConfigs().list();
    }

    @Override
    public UiConfig getUiConfig(String app, String id) {
        AppDatabase db = database(app);
        return Ids.parse(id).flatMap(db.uiConfigs()::find).orElseThrow(() -> notFound(id));
    }

    @Override
    public UiConfig createUiConfig(String app, UiConfigCommand command) {
        AppDatabase db = database(app);
        Required.text(command.entity(), "entity is required");
        // names starting with '_' are pseudo-entities such as _app (app-wide settings)
        if (!command.entity().startsWith("_") && db.metadata().entity(command.entity()).isEmpty()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "entity not found: " + command.entity());
        }
        String scope = scopeOf(command);
        return db.uiConfigs().insert(command.entity(), scope, configOf(command))
                .orElseThrow(() -> RocketException.of(ErrorCode.CONFLICT,
                        "UI config already exists for entity " + command.entity() + " scope " + scope));
    }

    @Override
    public UiConfig updateUiConfig(String app, String id, UiConfigCommand command) {
        AppDatabase db = database(app);
        UUID uuid = Ids.parse(id).filter(i -> db.uiConfigs().find(i).isPresent()).orElseThrow(() -> notFound(id));
        Required.text(command.entity(), "entity is required");
        return db.uiConfigs().update(uuid, command.entity(), scopeOf(command), configOf(command))
                .orElseThrow(() -> notFound(id));
    }

    @Override
    public UUID deleteUiConfig(String app, String id) {
        AppDatabase db = database(app);
        return Ids.parse(id).filter(db.uiConfigs()::delete).orElseThrow(() -> notFound(id));
    }

    @Override
    public List<UiConfig> defaultUiConfigs(String app) {
        return database(app).uiConfigs().listScope(UiConfig.DEFAULT_SCOPE);
    }

    @Override
    public Optional<UiConfig> defaultUiConfig(String app, String entity) {
        return database(app).uiConfigs().find(entity, UiConfig.DEFAULT_SCOPE);
    }

    private AppDatabase database(String app) {
        return apps.resolve(app).database();
    }

    private static String scopeOf(UiConfigCommand command) {
        return command.scope() == null || command.scope().isBlank() ? UiConfig.DEFAULT_SCOPE : command.scope();
    }

    private static Map<String, Object> configOf(UiConfigCommand command) {
        return command.config() == null ? Map.of() : command.config();
    }

    private static RocketException notFound(String id) {
        return RocketException.of(ErrorCode.NOT_FOUND, "UI config not found: " + id);
    }
}

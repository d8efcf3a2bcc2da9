package rocket.application.definitions;

import rocket.application.apps.AppContext;
import rocket.application.apps.port.out.AppStores;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.Required;
import rocket.domain.error.RocketException;
import rocket.domain.ui.UiConfig;

/** A UI config may be saved for an existing entity or a pseudo-entity ({@code _app}: app-wide settings). */
final class UiConfigValidator implements DefinitionValidator<UiConfig> {
    private final AppStores<DefinitionStores> stores;

    UiConfigValidator(AppStores<DefinitionStores> stores) {
        this.stores = stores;
    }

    @Override
    public UiConfig validated(AppContext context, UiConfig config) {
        Required.text(config.entity(), "entity is required");
        // the stored entities, not the snapshot: one that no longer parses still exists
        if (!config.entity().startsWith("_")
                && stores.of(context.name()).metadata().entity(config.entity()).isEmpty()) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "entity not found: " + config.entity());
        }
        return config;
    }
}

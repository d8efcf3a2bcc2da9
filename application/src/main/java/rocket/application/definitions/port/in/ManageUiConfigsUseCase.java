package rocket.application.definitions.port.in;

import java.util.List;
import java.util.UUID;
import rocket.domain.ui.UiConfig;

/** An app admin's UI configs: list, get, create, update, delete. */
public interface ManageUiConfigsUseCase {
    List<UiConfig> listUiConfigs(String app);

    UiConfig getUiConfig(String app, String id);

    UiConfig createUiConfig(String app, UiConfigCommand command);

    UiConfig updateUiConfig(String app, String id, UiConfigCommand command);

    UUID deleteUiConfig(String app, String id);
}

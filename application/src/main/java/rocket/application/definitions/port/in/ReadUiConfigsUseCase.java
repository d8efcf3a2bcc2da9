package rocket.application.definitions.port.in;

import java.util.List;
import java.util.Optional;
import rocket.domain.ui.UiConfig;

/** What any app user may read: the {@code default}-scope UI configs. */
public interface ReadUiConfigsUseCase {
    List<UiConfig> defaultUiConfigs(String app);

    Optional<UiConfig> defaultUiConfig(String app, String entity);
}

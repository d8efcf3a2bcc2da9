package rocket.application.definitions.port.in;

import java.util.List;
import java.util.Optional;
import rocket.domain.app.AppName;
import rocket.domain.definition.DefinitionRow;

/** What any app user may read: the {@code default}-scope UI configs. */
public interface ReadUiConfigsUseCase {
    List<DefinitionRow> defaultUiConfigs(AppName app);

    Optional<DefinitionRow> defaultUiConfig(AppName app, String entity);
}

package rocket.application.definitions.port.in;

import java.util.List;
import java.util.Optional;
import rocket.domain.definition.DefinitionRow;

/** What any app user may read: the {@code default}-scope UI configs. */
public interface ReadUiConfigsUseCase {
    List<DefinitionRow> defaultUiConfigs(String app);

    Optional<DefinitionRow> defaultUiConfig(String app, String entity);
}

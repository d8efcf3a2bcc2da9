package rocket.application.definitions.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.ui.UiConfig;

/** An app's UI configs ({@code _ui_configs}, unique per entity and scope). */
public interface UiConfigStore {
    /** Ordered by entity, scope. */
    List<UiConfig> list();

    /** Only the given scope, ordered by entity. */
    List<UiConfig> listScope(String scope);

    Optional<UiConfig> find(UUID id);

    Optional<UiConfig> find(String entity, String scope);

    /** Empty when (entity, scope) is taken. */
    Optional<UiConfig> insert(String entity, String scope, Map<String, Object> config);

    /** Empty when absent; CONFLICT when (entity, scope) belongs to another row. */
    Optional<UiConfig> update(UUID id, String entity, String scope, Map<String, Object> config);

    boolean delete(UUID id);
}

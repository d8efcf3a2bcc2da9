package rocket.application.definitions.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.definition.DefinitionKind;
import rocket.domain.definition.DefinitionRow;

/**
 * An app's definitions of every kind (rules, state machines, workflows, permissions, webhooks, UI configs), stored
 * as the kind's codec writes them: one document member per column.
 */
public interface DefinitionStore {
    /** In the kind's order (rules by entity then priority, workflows by name, ...). */
    List<DefinitionRow> list(DefinitionKind<?> kind);

    Optional<DefinitionRow> find(DefinitionKind<?> kind, UUID id);

    /** Empty when one of the kind's unique keys (a workflow's name, a UI config's entity and scope) is taken. */
    Optional<DefinitionRow> insert(DefinitionKind<?> kind, Map<String, Object> document);

    /** Empty when absent; CONFLICT with {@code conflictMessage} when a unique key belongs to another row. */
    Optional<DefinitionRow> update(DefinitionKind<?> kind, UUID id, Map<String, Object> document,
                                   String conflictMessage);

    boolean delete(DefinitionKind<?> kind, UUID id);
}

package rocket.application.definitions.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rocket.domain.metadata.StateMachine;

/** An app's state machines ({@code _state_machines}), ordered by entity. */
public interface StateMachineStore {
    List<StateMachine> list();

    Optional<StateMachine> find(UUID id);

    StateMachine insert(String entity, String field, Map<String, Object> definition, boolean active);

    Optional<StateMachine> update(UUID id, String entity, String field, Map<String, Object> definition, boolean active);

    boolean delete(UUID id);
}

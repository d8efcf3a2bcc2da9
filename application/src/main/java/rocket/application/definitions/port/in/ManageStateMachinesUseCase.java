package rocket.application.definitions.port.in;

import java.util.List;
import java.util.UUID;
import rocket.domain.metadata.StateMachine;

/** State machine administration; guards are compiled on save. */
public interface ManageStateMachinesUseCase {
    List<StateMachine> listStateMachines(String app);

    StateMachine getStateMachine(String app, String id);

    StateMachine createStateMachine(String app, StateMachineCommand command);

    StateMachine updateStateMachine(String app, String id, StateMachineCommand command);

    UUID deleteStateMachine(String app, String id);
}

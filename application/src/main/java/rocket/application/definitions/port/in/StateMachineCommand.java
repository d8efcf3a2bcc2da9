package rocket.application.definitions.port.in;

import java.util.Map;

/** A state machine as an admin sends it; null active = true. */
public record StateMachineCommand(String entity, String field, Map<String, Object> definition, Boolean active) {
}

package rocket.domain.logic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A state machine over one field of an entity: the initial state and the allowed transitions. */
public record StateMachine(UUID id, String entity, String field, Map<String, Object> definition, boolean active,
                           Instant createdAt, Instant updatedAt) {
    public StateMachine {
        definition = definition == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(definition));
    }

    public String initial() {
        return definition.get("initial") instanceof String s ? s : "";
    }

    /** Transitions parsed from the definition; {@code from} accepts a string or a list. */
    public List<Transition> transitions() {
        List<Transition> result = new ArrayList<>();
        if (definition.get("transitions") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    result.add(Transition.of(map));
                }
            }
        }
        return result;
    }
}

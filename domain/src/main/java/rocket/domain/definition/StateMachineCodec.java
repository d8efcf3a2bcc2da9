package rocket.domain.definition;

import static rocket.domain.definition.Documents.bool;
import static rocket.domain.definition.Documents.objectOrEmpty;
import static rocket.domain.definition.Documents.ordered;
import static rocket.domain.definition.Documents.text;

import java.util.Map;
import rocket.domain.logic.StateMachine;

/** {@code {entity, field, definition, active}}. */
final class StateMachineCodec implements DefinitionCodec<StateMachine> {
    @Override
    public Map<String, Object> encode(StateMachine m) {
        return ordered("entity", m.entity(), "field", m.field(), "definition", m.definition(), "active", m.active());
    }

    @Override
    public StateMachine decode(DefinitionRow row) {
        Map<String, Object> d = row.document();
        return new StateMachine(row.id(), text(d, "entity"), text(d, "field"), objectOrEmpty(d, "definition"),
                bool(d, "active", true), row.createdAt(), row.updatedAt());
    }
}

package rocket.domain.definition;

import static rocket.domain.definition.Documents.bool;
import static rocket.domain.definition.Documents.objectOrEmpty;
import static rocket.domain.definition.Documents.ordered;
import static rocket.domain.definition.Documents.text;

import java.util.Map;
import rocket.domain.error.ErrorCode;
import rocket.domain.error.RocketException;
import rocket.domain.logic.Rule;

/** {@code {entity, hook, type, definition, priority, active}}; hook defaults to before_write, priority to 0. */
final class RuleCodec implements DefinitionCodec<Rule> {
    @Override
    public Map<String, Object> encode(Rule r) {
        return ordered("entity", r.entity(), "hook", r.hook(), "type", r.type(), "definition", r.definition(),
                "priority", r.priority(), "active", r.active());
    }

    @Override
    public Rule decode(DefinitionRow row) {
        Map<String, Object> d = row.document();
        Object priority = d.get("priority");
        if (priority != null && !(priority instanceof Integer)) {
            throw RocketException.of(ErrorCode.VALIDATION_FAILED, "priority must be a whole number");
        }
        return new Rule(row.id(), text(d, "entity"), text(d, "hook", Rule.BEFORE_WRITE), text(d, "type"),
                objectOrEmpty(d, "definition"), priority == null ? 0 : (Integer) priority, bool(d, "active", true),
                row.createdAt(), row.updatedAt());
    }
}

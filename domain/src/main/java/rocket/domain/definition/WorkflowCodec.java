package rocket.domain.definition;

import static rocket.domain.definition.Documents.bool;
import static rocket.domain.definition.Documents.objectOrEmpty;
import static rocket.domain.definition.Documents.ordered;
import static rocket.domain.definition.Documents.text;

import java.util.Map;
import rocket.domain.workflow.Workflow;

/** {@code {name, trigger, context, steps, active}}; absent context and steps are empty. */
final class WorkflowCodec implements DefinitionCodec<Workflow> {
    @Override
    public Map<String, Object> encode(Workflow w) {
        return ordered("name", w.name(), "trigger", w.trigger(), "context", w.context(), "steps", w.steps(),
                "active", w.active());
    }

    @Override
    public Workflow decode(DefinitionRow row) {
        Map<String, Object> d = row.document();
        return new Workflow(row.id(), text(d, "name"), objectOrEmpty(d, "trigger"), objectOrEmpty(d, "context"),
                Documents.objects(d, "steps", "step"), bool(d, "active", true), row.createdAt(), row.updatedAt());
    }
}

package rocket.application.workflows;

import java.lang.System.Logger.Level;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rocket.application.apps.AppContext;
import rocket.application.records.write.AfterCommit;
import rocket.application.records.write.WriteKind;
import rocket.application.records.write.WritePipeline;
import rocket.application.records.write.WriteRun;
import rocket.domain.error.RocketException;
import rocket.domain.metadata.Entity;
import rocket.domain.metadata.FieldValues;
import rocket.domain.metadata.InvalidFieldValue;
import rocket.domain.workflow.Paths;
import rocket.domain.workflow.WorkflowInstance;

/**
 * A workflow's {@code set_field} action: an update of one record through the record pipeline, exactly as the same
 * change made by PUT (rules, the state machine's transition and its actions, webhooks, versions), written as the
 * workflow engine ({@link WritePipeline#workflowRun}). It runs in a savepoint, so a refused change leaves nothing behind.
 */
final class SetFieldAction {
    private static final System.Logger LOG = System.getLogger(SetFieldAction.class.getName());
    private final WritePipeline writes;

    SetFieldAction(WritePipeline writes) {
        this.writes = writes;
    }

    /** False when the action could not be applied (unknown entity, field or record, or the write was refused). */
    boolean run(AppContext context, WorkflowInstance instance, Map<?, ?> action, OffsetDateTime now) {
        try {
            Entity entity = context.metadata().entity(String.valueOf(action.get("entity")));
            Object rawId = Paths.resolve(Map.of("context", instance.context()), String.valueOf(action.get("record_id")));
            Object key = FieldValues.toColumn(entity.pkField(), rawId == null ? null : String.valueOf(rawId));
            String fieldName = String.valueOf(action.get("field"));
            Object value = "now".equals(action.get("value")) ? now.toString() : action.get("value");
            Object column = entity.field(fieldName).map(f -> FieldValues.toColumn(f, value))
                    .orElseThrow(() -> new InvalidFieldValue("unknown field " + fieldName));
            WriteRun run = writes.workflowRun(context, now);
            Optional<Map<String, Object>> current = key == null ? Optional.empty()
                    : run.stores().records().findOne(entity, entity.pkField(), key);
            if (current.isEmpty()) {
                LOG.log(Level.WARNING, "Workflow action failed: " + entity.name() + " " + rawId + " not found");
                return false;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(fieldName, column);
            AfterCommit.transaction(run.stores().transactions(), () -> {
                writes.write(run, WriteKind.UPDATE, entity, current.get(), values, List.of(), "");
                return null;
            });
            return true;
        } catch (RocketException | InvalidFieldValue e) {
            LOG.log(Level.WARNING, "Workflow action failed: " + e.getMessage());
            return false;
        }
    }
}
